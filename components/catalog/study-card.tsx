import Link from "next/link";
import type { Study } from "@/lib/content/catalog";
import { DifficultyBadge, PreviewBadge, TimeBadge } from "./study-meta";
import { StudyCardState } from "@/components/learning/study-card-state";

export type StudyCardData = Pick<Study, "id" | "title" | "summary" | "href" | "difficulty" | "minutes" | "status"> & {
  domainTitle: string;
};

export function toCardData(study: Study, domainTitle: string): StudyCardData {
  const { id, title, summary, href, difficulty, minutes, status } = study;
  return { id, title, summary, href, difficulty, minutes, status, domainTitle };
}

/** A study in a list; the signed-in state (status, bookmark) is a client island, so lists stay static. */
export function StudyCard({ study, headingLevel = 3 }: { study: StudyCardData; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 p-4 hover:border-slate-300 dark:border-slate-800 dark:hover:border-slate-700">
      <p className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{study.domainTitle}</p>
      <Heading className="mt-1 text-base font-semibold">
        <Link href={study.href} className="text-slate-900 hover:underline dark:text-slate-50">
          {study.title}
        </Link>
      </Heading>
      <p className="mt-2 flex-1 text-sm text-slate-700 dark:text-slate-300">{study.summary}</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <DifficultyBadge difficulty={study.difficulty} />
        <TimeBadge minutes={study.minutes} />
        {study.status === "preview" ? <PreviewBadge /> : null}
        <StudyCardState studyId={study.id} title={study.title} />
      </div>
    </article>
  );
}
