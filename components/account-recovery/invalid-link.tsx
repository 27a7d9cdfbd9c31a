import Link from "next/link";

/** What a link from an email shows when it is bad, used or expired: why, and where to go instead. */
export function InvalidLink({ message, next }: { message: string; next: { href: string; label: string } }) {
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-4 text-2xl font-bold">This link does not work</h1>
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
        {message}
      </p>
      <p className="mt-6 text-sm">
        <Link href={next.href} className="font-medium text-blue-700 underline dark:text-blue-400">
          {next.label}
        </Link>
      </p>
    </div>
  );
}
