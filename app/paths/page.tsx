import type { Metadata } from "next";
import Link from "next/link";
import { PathCardProgress } from "@/components/learning/path-card-progress";
import { getCatalog, type LearningPath } from "@/lib/content/catalog";
import { formatMinutes } from "@/lib/content/labels";
import { pathSteps } from "@/lib/learning/path-steps";

export const metadata: Metadata = {
  title: "Learning paths",
  description: "Ordered routes through the case studies: eight tracks by goal, and one path per domain.",
  alternates: { canonical: "/paths" },
};

function PathList({ paths, headingId }: { paths: LearningPath[]; headingId: string }) {
  return (
    <ul aria-labelledby={headingId} className="grid gap-4 sm:grid-cols-2">
      {paths.map((path) => {
        const steps = pathSteps(path.steps);
        const minutes = steps.reduce((sum, s) => sum + s.minutes, 0);
        return (
          <li key={path.slug} className="flex flex-col rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <h3 className="font-semibold">
              <Link href={path.href} className="hover:underline">{path.title}</Link>
            </h3>
            {path.audience ? <p className="text-xs font-medium text-slate-600 dark:text-slate-400">{path.audience}</p> : null}
            <p className="mt-1 flex-1 text-sm text-slate-700 dark:text-slate-300">{path.description}</p>
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
              {steps.length} studies · {formatMinutes(minutes)}
            </p>
            <PathCardProgress slug={path.slug} title={path.title} steps={steps} />
          </li>
        );
      })}
    </ul>
  );
}

export default function PathsPage() {
  const { paths } = getCatalog();
  return (
    <div className="flex flex-col gap-10">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Learning paths</h1>
        <p className="mt-2 max-w-2xl text-slate-700 dark:text-slate-300">
          Each path is an ordered list of studies that build on each other. Start one to track your progress; a path is complete
          when every study in it is.
        </p>
      </header>
      <section className="flex flex-col gap-4">
        <h2 id="tracks" className="text-xl font-semibold">Tracks by goal</h2>
        <PathList paths={paths.filter((p) => p.kind === "track")} headingId="tracks" />
      </section>
      <section className="flex flex-col gap-4">
        <h2 id="domain-paths" className="text-xl font-semibold">One path per domain</h2>
        <PathList paths={paths.filter((p) => p.kind === "domain")} headingId="domain-paths" />
      </section>
    </div>
  );
}
