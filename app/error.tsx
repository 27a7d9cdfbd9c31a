"use client";

import Link from "next/link";

/** Shown for an unexpected failure. The error's text never reaches the page; its digest links it to the server log. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold">Something went wrong on our side</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        Your progress is safe. Try again, and if it keeps happening, come back in a few minutes.
      </p>
      {error.digest ? <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">Reference: {error.digest}</p> : null}
      <div className="mt-8 flex flex-wrap justify-center gap-4">
        <button type="button" onClick={reset} className="font-medium text-blue-700 underline dark:text-blue-400">
          Try again
        </button>
        <Link href="/" className="font-medium text-blue-700 underline dark:text-blue-400">Go to the home page</Link>
      </div>
    </div>
  );
}
