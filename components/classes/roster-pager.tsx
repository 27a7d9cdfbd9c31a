import Link from "next/link";
import type { RosterPage } from "@/lib/learning/roster";
import type { RosterSort } from "@/lib/validation/classes";

type Props = { classId: string; sort: RosterSort; page: RosterPage };

const linkClass =
  "rounded border border-slate-300 px-3 py-1.5 font-medium text-blue-700 hover:bg-slate-50 dark:border-slate-700 dark:text-blue-400 dark:hover:bg-slate-900";

/** Links between roster pages that keep the sort; plain links, so they work without JavaScript. */
export function RosterPager({ classId, sort, page }: Props) {
  if (page.pages <= 1) return null;
  const href = (n: number) => {
    const params = new URLSearchParams({ sort: sort.key, dir: sort.dir, page: String(n) });
    return `/instructor/classes/${classId}?${params}#roster`;
  };
  const numbers = Array.from({ length: page.pages }, (_, i) => i + 1);
  return (
    <nav aria-label="Roster pages" className="flex flex-wrap items-center gap-2 text-sm">
      <p className="mr-2 text-slate-700 dark:text-slate-300">
        Learners {page.first}–{page.last} of {page.total}
      </p>
      {page.page > 1 ? (
        <Link href={href(page.page - 1)} scroll={false} className={linkClass}>
          Previous<span className="sr-only"> page</span>
        </Link>
      ) : null}
      <ol className="flex flex-wrap gap-1">
        {numbers.map((n) => (
          <li key={n}>
            {n === page.page ? (
              <span aria-current="page" className="inline-block rounded bg-slate-900 px-3 py-1.5 font-semibold text-white dark:bg-slate-100 dark:text-slate-900">
                <span className="sr-only">Page </span>
                {n}
              </span>
            ) : (
              <Link href={href(n)} scroll={false} className={`${linkClass} inline-block`}>
                <span className="sr-only">Page </span>
                {n}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {page.page < page.pages ? (
        <Link href={href(page.page + 1)} scroll={false} className={linkClass}>
          Next<span className="sr-only"> page</span>
        </Link>
      ) : null}
    </nav>
  );
}
