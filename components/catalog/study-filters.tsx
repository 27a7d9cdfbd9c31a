import type { IgnoredValue, FacetKey } from "@/lib/content/catalog-filters";
import type { FilterPanel } from "@/lib/content/catalog-index";
import { buttonClass, CheckboxField, secondaryButtonClass } from "@/components/ui/form";
import { FilterForm } from "./filter-form";
import { FilterLink } from "./filter-link";
import { StudyCard } from "./study-card";

const LEGEND: Record<FacetKey, string> = {
  difficulty: "Difficulty",
  time: "Time investment",
  focus: "Pattern focus",
  theme: "Cross-domain theme",
  domain: "Domain",
};

const matchCount = (n: number) => (n === 1 ? "1 study matches" : `${n} studies match`);

/** The filter form (works without JavaScript) and the studies that match, as cards. */
export function StudyFilters({ panel, ignored, total }: { panel: FilterPanel; ignored: IgnoredValue[]; total: number }) {
  return (
    <div className="space-y-6">
      <FilterForm query={panel.query}>
        <div className="grid gap-x-6 gap-y-5 sm:grid-cols-2 lg:grid-cols-4">
          {panel.facets.map(({ facet, options }) => (
            <fieldset key={facet} className={facet === "domain" ? "sm:col-span-2 lg:col-span-4" : undefined}>
              <legend className="text-sm font-semibold text-slate-900 dark:text-white">{LEGEND[facet]}</legend>
              <div className={`mt-2 grid gap-1.5 ${facet === "domain" ? "sm:grid-cols-2 lg:grid-cols-3" : ""}`}>
                {options.map((o) => (
                  <CheckboxField
                    key={o.value}
                    label={
                      <>
                        {o.label} <span className="text-slate-600 dark:text-slate-400">({o.count})</span>
                      </>
                    }
                    name={facet}
                    value={o.value}
                    defaultChecked={o.checked}
                  />
                ))}
              </div>
            </fieldset>
          ))}
        </div>
        <div className="mt-5 flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonClass}>
            Apply filters
          </button>
          {panel.active > 0 ? (
            <FilterLink href="/case-studies#filters" className={secondaryButtonClass}>
              Clear filters
            </FilterLink>
          ) : null}
        </div>
      </FilterForm>

      <section id="results" aria-labelledby="results-heading" tabIndex={-1} className="scroll-mt-24 focus:outline-none">
        <h3 id="results-heading" className="text-lg font-semibold">
          Matching studies
        </h3>
        {ignored.length > 0 ? (
          <div
            role="alert"
            className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100"
          >
            <p className="font-medium">Some filters in the address were not recognised, so they were ignored:</p>
            <ul className="mt-1 list-disc pl-5">
              {ignored.map((i) => (
                <li key={`${i.facet}:${i.value}`}>{i.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <p role="status" className="mt-2 text-slate-800 dark:text-slate-200">
          {panel.active === 0 ? (
            <>Choose one or more filters above to list matching studies; all {total} studies match now.</>
          ) : panel.results.length === 0 ? (
            <>No studies match these filters.</>
          ) : (
            <strong>{matchCount(panel.results.length)}</strong>
          )}
        </p>
        {panel.chosen.length > 0 ? (
          <ul aria-label="Active filters" className="mt-3 flex flex-wrap gap-2">
            {panel.chosen.map((c) => (
              <li key={`${c.facet}:${c.value}`}>
                <FilterLink
                  href={c.removeHref}
                  aria-label={`Remove filter: ${LEGEND[c.facet]} ${c.label}`}
                  className="inline-flex items-center gap-1 rounded-full border border-blue-300 bg-blue-50 px-2.5 py-0.5 text-sm text-blue-900 hover:bg-blue-100 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-100 dark:hover:bg-blue-900"
                >
                  {c.label}
                  <span aria-hidden="true">×</span>
                </FilterLink>
              </li>
            ))}
          </ul>
        ) : null}
        {panel.active > 0 && panel.results.length === 0 ? (
          <p className="mt-3 text-slate-700 dark:text-slate-300">
            Remove a filter above, or{" "}
            <FilterLink href="/case-studies#filters" className="font-medium text-blue-700 underline dark:text-blue-400">
              Clear filters
            </FilterLink>{" "}
            to start again.
          </p>
        ) : null}
        {panel.results.length > 0 && panel.active > 0 ? (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {panel.results.map((study) => (
              <li key={study.id}>
                <StudyCard study={study} headingLevel={4} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}
