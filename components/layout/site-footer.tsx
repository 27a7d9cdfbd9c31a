import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-8 text-sm text-slate-600 dark:text-slate-400 sm:flex-row sm:justify-between">
        <p>Case Studies: distributed systems, learned from the systems themselves.</p>
        <nav aria-label="Footer" className="flex flex-wrap gap-4">
          <Link href="/case-studies" className="hover:underline">Catalog</Link>
          <Link href="/paths" className="hover:underline">Learning paths</Link>
          <Link href="/patterns" className="hover:underline">Patterns</Link>
          <Link href="/classes/join" className="hover:underline">Join a class</Link>
        </nav>
      </div>
    </footer>
  );
}
