import Link from "next/link";

type Neighbour = { href: string; title: string };

/** The previous and next study in the same domain. */
export function StudyPager({ domain, prev, next }: { domain: string; prev?: Neighbour; next?: Neighbour }) {
  return (
    <nav aria-label="More in this domain" className="mt-10 grid gap-4 border-t border-slate-200 pt-6 sm:grid-cols-2 dark:border-slate-800">
      {prev ? (
        <Link href={prev.href} className="rounded-lg border border-slate-200 p-3 hover:border-slate-400 dark:border-slate-800">
          <span className="block text-xs text-slate-600 dark:text-slate-400">Previous in {domain}</span>
          <span className="font-medium">{prev.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={next.href} className="rounded-lg border border-slate-200 p-3 text-right hover:border-slate-400 dark:border-slate-800">
          <span className="block text-xs text-slate-600 dark:text-slate-400">Next in {domain}</span>
          <span className="font-medium">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
