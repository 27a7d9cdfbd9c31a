import type { Metadata } from "next";
import Link from "next/link";
import { Section, mutedClass } from "@/components/catalog/section";
import { getCatalog } from "@/lib/content/catalog";
import { groupPatternsByCategory } from "@/lib/content/pattern-index";

function summary() {
  const catalog = getCatalog();
  return { catalog, groups: groupPatternsByCategory(catalog) };
}

export function generateMetadata(): Metadata {
  const { catalog } = summary();
  const description = `${catalog.patterns.length} architecture patterns, from consistent hashing to sagas: what each is, what it costs, and which of the ${catalog.studies.length} case studies use it.`;
  return {
    title: "Architecture patterns",
    description,
    alternates: { canonical: "/patterns" },
    openGraph: { title: "Architecture patterns", description, type: "website", url: "/patterns" },
  };
}

const studies = (n: number) => `${n} ${n === 1 ? "study" : "studies"}`;

export default function PatternsPage() {
  const { catalog, groups } = summary();
  return (
    <div className="space-y-12">
      <header>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Architecture patterns</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
          The {catalog.patterns.length} patterns the {catalog.studies.length} case studies rely on, grouped by the problem they
          address. Each page explains the pattern, what it costs, and lists the studies that use it.
        </p>
        <nav aria-label="Categories" className="mt-5">
          <ul className="flex flex-wrap gap-2 text-sm">
            {groups.map((g) => (
              <li key={g.category}>
                <a
                  href={`#${g.category}`}
                  className="inline-block rounded-full border border-slate-300 px-3 py-1 text-slate-800 hover:border-blue-500 hover:text-blue-800 dark:border-slate-700 dark:text-slate-200 dark:hover:border-blue-400 dark:hover:text-blue-300"
                >
                  {g.label} ({g.patterns.length})
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      {groups.map((group) => (
        <Section key={group.category} id={group.category} title={group.label}>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {group.patterns.map((p) => (
              <li key={p.slug} className="rounded-lg border border-slate-200 p-4 hover:border-slate-300 dark:border-slate-800 dark:hover:border-slate-700">
                <Link href={p.href} className="title-link">
                  {p.title}
                </Link>
                <p className="mt-1 text-sm font-medium text-blue-700 dark:text-blue-400">Used by {studies(p.studyCount)}</p>
                {p.aliases.length > 0 ? <p className={`mt-1 text-sm ${mutedClass}`}>Also: {p.aliases.join(", ")}</p> : null}
              </li>
            ))}
          </ul>
        </Section>
      ))}
    </div>
  );
}
