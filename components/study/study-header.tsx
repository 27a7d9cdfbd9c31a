import Link from "next/link";
import { DifficultyBadge, PreviewBadge, TimeBadge } from "@/components/catalog/study-meta";
import { StudyActions } from "@/components/learning/study-actions";
import { Breadcrumb, type Crumb } from "@/components/ui/breadcrumb";
import type { Study } from "@/lib/content/catalog";
import { CHALLENGE_LABEL } from "@/lib/content/labels";

type Props = {
  study: Pick<Study, "id" | "title" | "summary" | "difficulty" | "minutes" | "readingMinutes" | "status" | "updated" | "challenges" | "version">;
  trail: Crumb[];
  patterns: { href: string; title: string }[];
};

/** Title, summary and what the study is about, then the learner's controls (a client island). */
export function StudyHeader({ study, trail, patterns }: Props) {
  return (
    <>
      <Breadcrumb items={trail} />
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{study.title}</h1>
      <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{study.summary}</p>
      <div className="mt-4 flex flex-wrap items-center gap-2 text-sm">
        <DifficultyBadge difficulty={study.difficulty} />
        <TimeBadge minutes={study.minutes} />
        <span className="text-slate-600 dark:text-slate-400">{study.readingMinutes} min read</span>
        {study.status === "preview" ? <PreviewBadge /> : null}
        <span className="text-slate-600 dark:text-slate-400">
          Updated <time dateTime={study.updated}>{study.updated}</time>
        </span>
      </div>
      <p className="mt-3 flex flex-wrap gap-x-2 gap-y-1 text-sm">
        <span className="font-medium">Patterns:</span>
        {patterns.map((pattern) => (
          <Link key={pattern.href} href={pattern.href} className="text-blue-700 underline dark:text-blue-400">
            {pattern.title}
          </Link>
        ))}
      </p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        <span className="font-medium">Challenges:</span> {study.challenges.map((c) => CHALLENGE_LABEL[c]).join(", ")}
      </p>
      <div className="mt-5 border-y border-slate-200 py-3 dark:border-slate-800">
        <StudyActions studyId={study.id} version={study.version} preview={study.status === "preview"} />
      </div>
    </>
  );
}
