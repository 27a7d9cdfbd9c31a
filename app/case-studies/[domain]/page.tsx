import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { linkClass, mutedClass, Section } from "@/components/catalog/section";
import { StudyCard } from "@/components/catalog/study-card";
import { StudyList } from "@/components/catalog/study-list";
import { MdxBody } from "@/components/mdx/render";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getCatalog } from "@/lib/content/catalog";
import { buildDomainIndex } from "@/lib/content/catalog-index";
import { compileMdx } from "@/lib/content/compile";
import { formatMinutes } from "@/lib/content/labels";
import type { Domain } from "@/lib/content/schema";

type Params = { domain: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getCatalog().domains.map((d) => ({ domain: d.slug }));
}

function findDomain({ domain }: Params) {
  return getCatalog().domainBySlug.get(domain as Domain);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const domain = findDomain(await params);
  if (!domain) return {};
  const description = `${domain.studyIds.length} case studies: ${domain.tagline}`;
  return {
    title: `${domain.title} case studies`,
    description,
    alternates: { canonical: domain.href },
    openGraph: { title: `${domain.title} case studies`, description, type: "website", url: domain.href },
  };
}

const studies = (n: number) => `${n} ${n === 1 ? "study" : "studies"}`;

export default async function DomainPage({ params }: { params: Promise<Params> }) {
  const domain = findDomain(await params);
  if (!domain) notFound();
  const view = buildDomainIndex(getCatalog(), domain.slug);
  const intro = await compileMdx(domain.intro, `content/domains/${domain.slug}.mdx`);

  return (
    <div className="space-y-12">
      <header>
        <Breadcrumb items={[{ href: "/case-studies", label: "Case studies" }, { label: domain.title }]} />
        <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">
          <span aria-hidden="true" className="mr-2">{domain.emoji}</span>
          {domain.title}
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">{domain.tagline}</p>
        <dl className="mt-5 grid grid-cols-3 gap-2 text-sm sm:flex sm:flex-wrap sm:gap-3">
          <div className="rounded-lg border border-slate-200 px-3 py-2 dark:border-slate-800">
            <dt className={mutedClass}>Studies</dt>
            <dd className="text-lg font-semibold">{domain.studyIds.length}</dd>
          </div>
          <div className="rounded-lg border border-slate-200 px-3 py-2 dark:border-slate-800">
            <dt className={mutedClass}>Total study time</dt>
            <dd className="text-lg font-semibold">{formatMinutes(view.totalMinutes)}</dd>
          </div>
          {view.byDifficulty.map((group) => (
            <div key={group.difficulty} className="rounded-lg border border-slate-200 px-3 py-2 dark:border-slate-800">
              <dt className={mutedClass}>{group.label}</dt>
              <dd className="text-lg font-semibold">{group.studies.length}</dd>
            </div>
          ))}
        </dl>
        <div className="prose prose-slate mt-6 max-w-3xl dark:prose-invert prose-a:text-blue-700 dark:prose-a:text-blue-400">
          <MdxBody code={intro} />
        </div>
      </header>

      <Section
        id="learning-path"
        title="Learning path"
        intro={
          <p>
            Read the {studies(view.path.steps.length)} in this order ({formatMinutes(view.path.minutes)} in total): each builds on the
            ones before it.{" "}
            <Link href={view.path.href} className={linkClass}>
              Follow the {view.path.title} and track your progress <span aria-hidden="true">→</span>
            </Link>
          </p>
        }
      >
        <StudyList studies={view.path.steps} ordered brief />
      </Section>

      <Section id="studies" title="Studies by difficulty">
        <div className="space-y-8">
          {view.byDifficulty
            .filter((group) => group.studies.length > 0)
            .map((group) => (
              <Section key={group.difficulty} id={`difficulty-${group.difficulty}`} title={`${group.label} (${group.studies.length})`} level={3}>
                <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                  {group.studies.map((study) => (
                    <li key={study.id}>
                      <StudyCard study={study} headingLevel={4} showDomain={false} />
                    </li>
                  ))}
                </ul>
              </Section>
            ))}
        </div>
      </Section>

      <Section id="related-domains" title="Related domains">
        <ul className="grid gap-3 md:grid-cols-3">
          {view.crossReferences.map((ref) => (
            <li key={ref.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <Link href={ref.href} className={`${linkClass} font-semibold`}>
                <span aria-hidden="true" className="mr-1.5">{ref.emoji}</span>
                {ref.title}
              </Link>{" "}
              <span className={`text-sm ${mutedClass}`}>({studies(ref.count)})</span>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{ref.why}</p>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
