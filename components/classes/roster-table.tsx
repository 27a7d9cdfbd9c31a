import Link from "next/link";
import { Fragment, type CSSProperties, type ReactNode } from "react";
import type { AssignmentProgress, ChallengeStanding, ClassAssignment, RosterRow } from "@/lib/learning/roster";
import type { RosterSort, RosterSortKey } from "@/lib/validation/classes";
import { formatDay } from "@/components/ui/format-day";
import { StatusBadge } from "./status-badge";

type Props = {
  assignments: ClassAssignment[];
  rows: RosterRow[];
  caption: string;
  /** The instructors' roster: sortable columns, and the learner column kept in view. */
  manage?: { classId: string; sort: RosterSort };
};

const th = "px-3 py-2 text-left align-bottom text-xs font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300";
const td = "px-3 py-3 align-top";
const sub = "mt-0.5 block text-xs font-normal normal-case tracking-normal text-slate-600 dark:text-slate-400";

/** Wide rosters scroll sideways; the learner column stays in view. */
const stickyHead = "sticky left-0 z-10 bg-slate-50 dark:bg-slate-900";
const stickyCell = "sticky left-0 z-10 min-w-40 bg-white dark:bg-slate-950";

/**
 * Percent, a bar, steps done and the status, in as few elements as they can be:
 * a roster has a thousand of these, and each element is rendered twice on the
 * server (the HTML and the RSC payload). The bar is decoration drawn by CSS
 * from `--p` (the percent is the text).
 */
function ProgressCell({ progress: p }: { progress: AssignmentProgress }) {
  return (
    <td className="roster-cell" style={{ "--p": `${p.percent}%` } as CSSProperties}>
      <span className="roster-percent">{p.percent}%</span>
      {`${p.completedSteps} of ${p.totalSteps} studies`}
      <StatusBadge progress={p} />
    </td>
  );
}

/** The verdict on a lab challenge and the attempt that counts: the server's own run of the learner's parameters. */
function ChallengeCell({ standing: { best, attempts } }: { standing: ChallengeStanding }) {
  const [label, tone] = !best ? ["No attempt yet", "status-no-due-date"] : best.met ? ["Met", "status-completed"] : ["Not met yet", "status-behind"];
  return (
    <td className="challenge-cell">
      <span className={`status-badge ${tone}`}>{label}</span>
      {best ? `${best.detail} (${attempts} ${attempts === 1 ? "attempt" : "attempts"})` : null}
    </td>
  );
}

type Sorting = { sort: RosterSort; basePath: string };

/** A column header; with sorting, a link that sorts by it (and reverses when it is already the sort). */
function SortHeader({
  label,
  sortKey,
  sorting,
  className = "",
  children,
}: {
  label: string;
  sortKey: RosterSortKey;
  sorting?: Sorting;
  className?: string;
  children?: ReactNode;
}) {
  if (!sorting) {
    return (
      <th scope="col" className={`${th} ${className}`}>
        {label}
        {children}
      </th>
    );
  }
  const { sort, basePath } = sorting;
  const active = sort.key === sortKey;
  const nextDir = active && sort.dir === "asc" ? "desc" : "asc";
  const params = new URLSearchParams({ sort: sortKey, dir: nextDir });
  return (
    <th scope="col" className={`${th} ${className}`} aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={`${basePath}?${params}#roster`} scroll={false} className="inline-flex items-center gap-1 rounded hover:underline">
        {label}
        <span aria-hidden="true" className="text-slate-500 dark:text-slate-400">
          {active ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
        <span className="sr-only">, sort {nextDir === "asc" ? "ascending" : "descending"}</span>
      </Link>
      {children}
    </th>
  );
}

/**
 * The roster: one row per learner, one column per assignment. Learners see
 * their own row through this same component, so they see exactly what their
 * instructors see.
 */
export function RosterTable({ assignments, rows, caption, manage }: Props) {
  const sorting = manage ? { sort: manage.sort, basePath: `/instructor/classes/${manage.classId}` } : undefined;
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="relative overflow-x-auto rounded-lg border border-slate-200 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-800"
    >
      <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 dark:bg-slate-900">
          <tr>
            <SortHeader label="Learner" sortKey="name" sorting={sorting} className={manage ? stickyHead : ""} />
            <SortHeader label="Joined" sortKey="joined" sorting={sorting} />
            {assignments.map((a) => (
              <Fragment key={a.id}>
                <SortHeader label={a.path.title} sortKey={`assignment:${a.id}`} sorting={sorting}>
                  <span className={sub}>{a.dueAt ? `Due ${formatDay(a.dueAt)}` : "No due date"}</span>
                </SortHeader>
                {a.challenge ? (
                  <th scope="col" className={th}>
                    Challenge: {a.challenge.title}
                    <span className={sub}>Lower is better: {a.challenge.scoreUnit}</span>
                  </th>
                ) : null}
              </Fragment>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={row.userId}>
              <th scope="row" className={`${td} text-left font-normal ${manage ? stickyCell : ""}`}>
                <span className="block font-medium text-slate-900 dark:text-slate-50">{row.name}</span>
                <span className="block break-all text-xs text-slate-600 dark:text-slate-400">
                  {row.email}
                  {row.emailVerified ? null : <span className="ml-1 whitespace-nowrap font-medium text-amber-800 dark:text-amber-300">(not confirmed)</span>}
                </span>
              </th>
              <td className={`${td} whitespace-nowrap text-slate-700 dark:text-slate-300`}>
                <time dateTime={row.joinedAt.toISOString()}>{formatDay(row.joinedAt)}</time>
              </td>
              {row.progress.map((p, i) => {
                const standing = row.challenges[i];
                return (
                  <Fragment key={assignments[i]!.id}>
                    <ProgressCell progress={p} />
                    {standing ? <ChallengeCell standing={standing} /> : null}
                  </Fragment>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
