import Link from "next/link";
import { Suspense } from "react";
import { DeletedNotice } from "@/components/account/deleted-notice";
import { ContinueLearning } from "@/components/learning/continue-learning";
import { getCatalog } from "@/lib/content/catalog";
import { formatMinutes } from "@/lib/content/labels";
import { pathSteps } from "@/lib/learning/path-steps";

export default function HomePage() {
  const catalog = getCatalog();
  const full = catalog.studies.filter((s) => s.status === "full").length;
  const studies = Object.fromEntries(catalog.studies.map((s) => [s.id, { title: s.title, href: s.href }]));
  const tracks = catalog.paths.filter((p) => p.kind === "track").slice(0, 4);
  return (
    <div className="flex flex-col gap-10">
      <Suspense fallback={null}>
        <DeletedNotice />
      </Suspense>
      <ContinueLearning studies={studies} />
      <section className="py-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Learn distributed systems from the systems themselves</h1>
        <p className="mt-4 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          {catalog.studies.length} case studies across {catalog.domains.length} domains, from Kafka and DynamoDB to Spanner and Uber’s location
          platform: how they work, why they are built that way, and how they fail.{" "}
          {full === catalog.studies.length ? "Every one is" : `${full} are`} written in full, with sourced numbers, real incidents, diagrams and
          exercises.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/case-studies" className="rounded-md bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 dark:bg-blue-600 dark:hover:bg-blue-700">
            Browse the catalog
          </Link>
          <Link href="/paths" className="rounded-md border border-slate-300 px-4 py-2 font-semibold hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900">
            Follow a learning path
          </Link>
        </div>
      </section>
      <section aria-labelledby="start-here">
        <h2 id="start-here" className="text-xl font-semibold">Start here</h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {tracks.map((path) => {
            const steps = pathSteps(path.steps);
            return (
              <li key={path.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                <h3 className="font-semibold"><Link href={path.href} className="hover:underline">{path.title}</Link></h3>
                <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{path.description}</p>
                <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
                  {steps.map((s) => s.title).join(" → ")} · {formatMinutes(steps.reduce((n, s) => n + s.minutes, 0))}
                </p>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
