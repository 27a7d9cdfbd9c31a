import Link from "next/link";
import type { StudyListItem } from "@/lib/content/catalog-index";
import { DifficultyBadge, PreviewBadge, TimeBadge } from "./study-meta";

/** A list of studies: title link, difficulty, time, whether it is a preview and (unless `brief`) the summary. */
export function StudyList({ studies, ordered = false, brief = false }: { studies: StudyListItem[]; ordered?: boolean; brief?: boolean }) {
  const List = ordered ? "ol" : "ul";
  return (
    <List className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {studies.map((study, i) => (
        <li key={study.id} className={`flex gap-3 ${brief ? "items-center px-3 py-2.5" : "p-3 sm:p-4"}`}>
          {ordered ? (
            <span
              aria-hidden="true"
              className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-blue-100 text-sm font-semibold text-blue-900 dark:bg-blue-900/60 dark:text-blue-100"
            >
              {i + 1}
            </span>
          ) : null}
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <Link href={study.href} className="title-link">
                {study.title}
              </Link>
              <span className="flex flex-wrap items-center gap-1.5">
                <DifficultyBadge difficulty={study.difficulty} />
                <TimeBadge minutes={study.minutes} />
                {study.status === "preview" ? <PreviewBadge /> : null}
              </span>
            </div>
            {brief ? null : <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{study.summary}</p>}
          </div>
        </li>
      ))}
    </List>
  );
}
