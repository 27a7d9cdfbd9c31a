import Link from "next/link";
import type { CatalogIndex } from "@/lib/content/catalog-index";
import { Section, linkClass } from "./section";
import { StudyList } from "./study-list";

type Domains = CatalogIndex["domains"];

const studies = (n: number) => `${n} ${n === 1 ? "study" : "studies"}`;

/** Every domain with its study count, linking to its index page. */
export function DomainNavigation({ domains }: { domains: Domains }) {
  return (
    <Section id="domain-navigation" title="Domain navigation" emoji="🗂️" level={3}>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {domains.map((d) => (
          <li key={d.slug}>
            <Link
              href={d.href}
              className="flex h-full flex-col rounded-lg border border-slate-200 p-4 hover:border-blue-400 hover:bg-blue-50/50 dark:border-slate-800 dark:hover:border-blue-500 dark:hover:bg-slate-900"
            >
              <span className="font-semibold text-slate-900 dark:text-white">
                <span aria-hidden="true" className="mr-2">{d.emoji}</span>
                {d.title}
              </span>
              <span className="mt-1 text-sm font-medium text-blue-700 dark:text-blue-400">{studies(d.count)}</span>
              <span className="mt-1 text-sm text-slate-700 dark:text-slate-300">{d.tagline}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Each domain's studies, with a link to the domain page. */
export function DomainStudySections({ domains }: { domains: Domains }) {
  return (
    <div className="mt-10 space-y-10">
      {domains.map((d) => (
        <Section key={d.slug} id={`studies-${d.slug}`} title={d.title} emoji={d.emoji} level={3}>
          <p className="mb-3 text-sm">
            <Link href={d.href} className={linkClass}>
              Browse all {studies(d.count)} in {d.title} <span aria-hidden="true">→</span>
            </Link>
          </p>
          <StudyList studies={d.studies} />
        </Section>
      ))}
    </div>
  );
}
