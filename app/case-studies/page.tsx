import type { Metadata } from "next";
import { DomainNavigation, DomainStudySections } from "@/components/catalog/domain-directory";
import { FilterSummary } from "@/components/catalog/filter-summary";
import { FilteredCatalog } from "@/components/catalog/filtered-catalog";
import { DeepDiveList, PractitionerList, TrackList } from "@/components/catalog/learning-navigation";
import { ProblemDomains } from "@/components/catalog/problem-domains";
import { Section, linkClass } from "@/components/catalog/section";
import { StudyFilters } from "@/components/catalog/study-filters";
import { PatternUsageTable, ScaleComparisonTable } from "@/components/catalog/system-tables";
import { getCatalog } from "@/lib/content/catalog";
import { getCatalogConfig } from "@/lib/content/catalog-config";
import { activeFilterCount, parseFilters, type SearchParams } from "@/lib/content/catalog-filters";
import { buildCatalogIndex, buildFilterPanel } from "@/lib/content/catalog-index";

function catalogIndex() {
  const catalog = getCatalog();
  return buildCatalogIndex(catalog, getCatalogConfig(catalog));
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const index = catalogIndex();
  const description = `${index.totals.studies} case studies of real distributed systems across ${index.totals.domains} domains, with learning paths, pattern usage, scale comparisons and filters by difficulty, time, focus and theme.`;
  return {
    title: isFiltered(parseFilters(await searchParams)) ? `Filter the case studies · ${index.title}` : index.title,
    description,
    alternates: { canonical: "/case-studies" },
    openGraph: { title: `${index.title}: every study by domain, pattern and difficulty`, description, type: "website", url: "/case-studies" },
  };
}

/** Any filter in the address, even one that was not recognised (the view explains what it ignored). */
const isFiltered = ({ filters, ignored }: ReturnType<typeof parseFilters>) => ignored.length > 0 || activeFilterCount(filters) > 0;

const CONTENTS = [
  ["overview", "Overview"],
  ["by-domain", "Case studies by domain"],
  ["by-problem", "By problem domain"],
  ["pattern-usage", "Pattern usage"],
  ["how-to-use", "How to use these studies"],
  ["scale-comparison", "Scale comparison"],
  ["learning-paths", "Learning paths"],
  ["filters", "Study selection filters"],
] as const;

export default async function CaseStudiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const catalog = getCatalog();
  const index = catalogIndex();
  const parsed = parseFilters(await searchParams);
  const { filters, ignored } = parsed;
  const panel = buildFilterPanel(catalog, filters);
  const { totals } = index;
  if (isFiltered(parsed)) return <FilteredCatalog title={index.title} panel={panel} ignored={ignored} totals={totals} />;

  return (
    <div className="space-y-14">
      <header>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{index.title}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">{index.lead}</p>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          {totals.studies} case studies across {totals.domains} domains.{" "}
          <a href="#filters" className={linkClass}>
            Filter them by difficulty, time, focus, theme or domain
          </a>
          .
        </p>
        <nav aria-label="On this page" className="mt-6">
          <ul className="flex flex-wrap gap-2 text-sm">
            {CONTENTS.map(([id, label]) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  className="inline-block rounded-full border border-slate-300 px-3 py-1 text-slate-800 hover:border-blue-500 hover:text-blue-800 dark:border-slate-700 dark:text-slate-200 dark:hover:border-blue-400 dark:hover:text-blue-300"
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <Section
        id="overview"
        title="Overview"
        intro={
          <p>
            These studies examine how leading technology companies built and evolved their distributed systems. Each full study
            provides:
          </p>
        }
      >
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          {index.provides.map((p) => (
            <li key={p.section} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
              <p className="font-semibold">{p.section}</p>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{p.description}</p>
            </li>
          ))}
        </ul>
        {totals.previews > 0 ? (
          <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
            {totals.full} studies are written in full so far; the other {totals.previews} are previews with a summary, key facts and
            sources, marked <span className="font-semibold">Preview</span> below.
          </p>
        ) : null}
      </Section>

      <Section id="by-domain" title="Case studies by domain" emoji="📚">
        <DomainNavigation domains={index.domains} />
        <DomainStudySections domains={index.domains} />
      </Section>

      <Section
        id="by-problem"
        title="By problem domain"
        emoji="🎯"
        intro={<p>Published figures from the studies, grouped by the challenge they illustrate. Each figure gives the year it was published.</p>}
      >
        <ProblemDomains groups={index.problemDomains} />
      </Section>

      <Section id="pattern-usage" title="Pattern usage" emoji="📊" intro={<p>The architecture patterns each system’s study covers; every pattern links to its explanation and the other studies that use it.</p>}>
        <PatternUsageTable rows={index.patternUsage} />
      </Section>

      <Section id="how-to-use" title="How to use these studies" emoji="🔍">
        <ol className="grid gap-3 md:grid-cols-2">
          {index.howToUse.map((step, i) => (
            <li key={step.title} className="flex gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <span aria-hidden="true" className="text-xl font-bold text-blue-700 dark:text-blue-400">
                {i + 1}
              </span>
              <div>
                <p className="font-semibold">{step.title}</p>
                <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{step.description}</p>
              </div>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="scale-comparison" title="Scale comparison" emoji="📈">
        <ScaleComparisonTable rows={index.scaleComparison} />
      </Section>

      <Section id="learning-paths" title="Learning paths and quick navigation" emoji="🎯">
        <div className="space-y-10">
          <TrackList tracks={index.tracks} />
          <PractitionerList practitioners={index.practitioners} />
          <DeepDiveList deepDives={index.deepDives} />
        </div>
      </Section>

      <Section
        id="filters"
        title="Study selection filters"
        emoji="🔍"
        intro={<p>How the catalog divides up, with live counts. Combine filters below: studies must match every group you use, and any of the values you tick within a group.</p>}
      >
        <div className="space-y-8">
          <FilterSummary summaries={index.facetSummaries} />
          <StudyFilters panel={panel} ignored={ignored} total={totals.studies} />
        </div>
      </Section>

      <footer className="border-t border-slate-200 pt-6 dark:border-slate-800">
        <p className="font-semibold">
          Total: {totals.studies} case studies across {totals.domains} domains
        </p>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          <span aria-hidden="true">💡 </span>Tip: {index.tip}
        </p>
      </footer>
    </div>
  );
}
