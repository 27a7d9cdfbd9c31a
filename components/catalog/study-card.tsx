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
export function StudyCard({
  study,
  headingLevel = 3,
  showDomain = true,
}: {
  study: StudyCardData;
  headingLevel?: 2 | 3 | 4;
  /** Off where the page already names the domain. */
  showDomain?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 p-4 hover:border-slate-300 dark:border-slate-800 dark:hover:border-slate-700">
      {showDomain ? (
        <p className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{study.domainTitle}</p>
      ) : null}
      <Heading className="text-base font-semibold">
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
