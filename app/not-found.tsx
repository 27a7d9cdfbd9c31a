import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-blue-700 dark:text-blue-400">404</p>
      <h1 className="mt-2 text-3xl font-bold">We could not find that page</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        The link may be old, or the address may have a typo. Studies keep their addresses, so try the catalog or a search.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-4">
        <Link href="/" className="font-medium text-blue-700 underline dark:text-blue-400">Go to the home page</Link>
        <Link href="/case-studies" className="font-medium text-blue-700 underline dark:text-blue-400">Browse case studies</Link>
        <Link href="/search" className="font-medium text-blue-700 underline dark:text-blue-400">Search</Link>
      </div>
    </div>
  );
}
