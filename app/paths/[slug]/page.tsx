import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DifficultyBadge, PreviewBadge, TimeBadge } from "@/components/catalog/study-meta";
import { PathProgressPanel, StepStatusBadge } from "@/components/learning/path-progress-panel";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getCatalog } from "@/lib/content/catalog";
import { formatMinutes } from "@/lib/content/labels";
import { pathSteps } from "@/lib/learning/path-steps";

type Params = { slug: string };
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getCatalog().paths.map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const path = getCatalog().pathBySlug.get((await params).slug);
  if (!path) return {};
  return { title: path.title, description: path.description, alternates: { canonical: path.href } };
}

export default async function PathPage({ params }: { params: Promise<Params> }) {
  const catalog = getCatalog();
  const path = catalog.pathBySlug.get((await params).slug);
  if (!path) notFound();
  const steps = pathSteps(path.steps);
  const totalMinutes = steps.reduce((sum, s) => sum + s.minutes, 0);
  const domain = path.domain ? catalog.domainBySlug.get(path.domain) : undefined;

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <Breadcrumb items={[{ href: "/paths", label: "Learning paths" }]} />
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{path.title}</h1>
        {path.audience ? <p className="mt-2 text-sm font-medium text-slate-600 dark:text-slate-400">For: {path.audience}</p> : null}
        <p className="mt-2 text-lg text-slate-700 dark:text-slate-300">{path.description}</p>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          {steps.length} studies · {formatMinutes(totalMinutes)} in all
          {domain ? (
            <>
              {" "}· part of <Link href={domain.href} className="text-blue-700 underline dark:text-blue-400">{domain.title}</Link>
            </>
          ) : null}
        </p>
      </header>
      <PathProgressPanel slug={path.slug} title={path.title} steps={steps} />
      <ol className="flex flex-col gap-3" aria-label="Steps">
        {path.steps.map((id, i) => {
          const study = catalog.studyById.get(id)!;
          return (
            <li key={id} className="flex gap-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <span aria-hidden="true" className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-slate-100 text-sm font-semibold dark:bg-slate-800">
                {i + 1}
              </span>
              <div className="min-w-0 flex-1">
                <h2 className="font-semibold">
                  <Link href={study.href} className="hover:underline">
                    <span className="sr-only">Step {i + 1}: </span>
                    {study.title}
                  </Link>
                </h2>
                <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{study.summary}</p>
                <div className="mt-2 flex flex-wrap items-center gap-2">
                  <DifficultyBadge difficulty={study.difficulty} />
                  <TimeBadge minutes={study.minutes} />
                  {study.status === "preview" ? <PreviewBadge /> : null}
                  <StepStatusBadge studyId={id} />
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
