import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StudyCard, toCardData } from "@/components/catalog/study-card";
import { DifficultyBadge, PreviewBadge, TimeBadge } from "@/components/catalog/study-meta";
import { StudyActions } from "@/components/learning/study-actions";
import { MdxBody } from "@/components/mdx/render";
import { ReviewNote } from "@/components/study/review-note";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getCatalog, type Study } from "@/lib/content/catalog";
import { CHALLENGE_LABEL } from "@/lib/content/labels";
import { getStudyCode } from "@/lib/content/study-code";

type Params = { domain: string; slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getCatalog().studies.map((s) => ({ domain: s.domain, slug: s.slug }));
}

function findStudy({ domain, slug }: Params): Study | undefined {
  return getCatalog().studyById.get(`${domain}/${slug}`);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const study = findStudy(await params);
  if (!study) return {};
  return {
    title: study.title,
    description: study.summary,
    alternates: { canonical: study.href },
    openGraph: { title: study.title, description: study.summary, type: "article", url: study.href, modifiedTime: study.updated },
    twitter: { card: "summary", title: study.title, description: study.summary },
  };
}

export default async function StudyPage({ params }: { params: Promise<Params> }) {
  const study = findStudy(await params);
  if (!study) notFound();
  const catalog = getCatalog();
  const domain = catalog.domainBySlug.get(study.domain)!;
  const code = await getStudyCode(study);
  const siblings = domain.studyIds.map((id) => catalog.studyById.get(id)!);
  const index = siblings.findIndex((s) => s.id === study.id);
  const prev = siblings[index - 1];
  const next = siblings[index + 1];
  const toc = [
    ...study.analysis.headings.filter((h) => h.depth === 2),
    { depth: 2 as const, text: "Further reading", id: "further-reading" },
    ...(study.review ? [{ depth: 2 as const, text: "How this study was checked", id: "fact-check" }] : []),
  ];
  const related = study.related.map((id) => catalog.studyById.get(id)!).filter(Boolean);
  const prerequisites = study.prerequisites.map((id) => catalog.studyById.get(id)!).filter(Boolean);
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "TechArticle",
    headline: study.title,
    description: study.summary,
    dateModified: study.updated,
    proficiencyLevel: study.difficulty,
    timeRequired: `PT${study.minutes}M`,
  };

  return (
    <article className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_15rem]">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd) }} />
      <div className="min-w-0">
        <Breadcrumb items={[{ href: "/case-studies", label: "Case studies" }, { href: domain.href, label: domain.title }]} />
        <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{study.title}</h1>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{study.summary}</p>
        <div className="mt-4 flex flex-wrap items-center gap-2 text-sm">
          <DifficultyBadge difficulty={study.difficulty} />
          <TimeBadge minutes={study.minutes} />
          <span className="text-slate-600 dark:text-slate-400">{study.readingMinutes} min read</span>
          {study.status === "preview" ? <PreviewBadge /> : null}
          <span className="text-slate-600 dark:text-slate-400">Updated <time dateTime={study.updated}>{study.updated}</time></span>
        </div>
        <p className="mt-3 flex flex-wrap gap-x-2 gap-y-1 text-sm">
          <span className="font-medium">Patterns:</span>
          {study.patterns.map((slug) => {
            const pattern = catalog.patternBySlug.get(slug)!;
            return (
              <Link key={slug} href={pattern.href} className="text-blue-700 underline dark:text-blue-400">
                {pattern.title}
              </Link>
            );
          })}
        </p>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          <span className="font-medium">Challenges:</span> {study.challenges.map((c) => CHALLENGE_LABEL[c]).join(", ")}
        </p>
        <div className="mt-5 border-y border-slate-200 py-3 dark:border-slate-800">
          <StudyActions studyId={study.id} version={study.version} preview={study.status === "preview"} />
        </div>

        {study.status === "preview" ? (
          <div className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100">
            <p className="font-semibold">Preview</p>
            <p className="mt-1">
              This study is not yet written in full. Below are its summary, key facts and sources; the complete study (architecture,
              challenges, solutions, lessons, current state and exercises) is on its way.
            </p>
          </div>
        ) : null}

        <section aria-labelledby="key-facts" className="mt-6">
          <h2 id="key-facts" className="text-lg font-semibold">Key facts</h2>
          <dl className="mt-2 grid gap-3 sm:grid-cols-2">
            {study.keyMetrics.map((m) => (
              <div key={m.label} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
                <dt className="text-sm text-slate-600 dark:text-slate-400">{m.label}</dt>
                <dd className="mt-1 font-semibold">
                  {m.value}{" "}
                  <a href={m.source} className="text-xs font-normal text-blue-700 underline dark:text-blue-400" rel="noopener noreferrer">
                    ({m.asOf} source)
                  </a>
                </dd>
              </div>
            ))}
          </dl>
        </section>

        {prerequisites.length > 0 ? (
          <p className="mt-4 text-sm">
            <span className="font-medium">Read first:</span>{" "}
            {prerequisites.map((p, i) => (
              <span key={p.id}>
                {i > 0 ? ", " : ""}
                <Link href={p.href} className="text-blue-700 underline dark:text-blue-400">{p.title}</Link>
              </span>
            ))}
          </p>
        ) : null}

        <div className="prose prose-slate mt-8 max-w-none dark:prose-invert prose-headings:scroll-mt-24 prose-a:text-blue-700 dark:prose-a:text-blue-400">
          <MdxBody code={code} />
          <h2 id="further-reading">Further reading</h2>
          <ul>
            {study.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} rel="noopener noreferrer">{s.title}</a> ({s.publisher}, {s.year}; {s.kind})
              </li>
            ))}
          </ul>
          {study.review ? <ReviewNote review={study.review} /> : null}
        </div>

        <nav aria-label="More in this domain" className="mt-10 grid gap-4 border-t border-slate-200 pt-6 sm:grid-cols-2 dark:border-slate-800">
          {prev ? (
            <Link href={prev.href} className="rounded-lg border border-slate-200 p-3 hover:border-slate-400 dark:border-slate-800">
              <span className="block text-xs text-slate-600 dark:text-slate-400">Previous in {domain.shortTitle}</span>
              <span className="font-medium">{prev.title}</span>
            </Link>
          ) : <span />}
          {next ? (
            <Link href={next.href} className="rounded-lg border border-slate-200 p-3 text-right hover:border-slate-400 dark:border-slate-800">
              <span className="block text-xs text-slate-600 dark:text-slate-400">Next in {domain.shortTitle}</span>
              <span className="font-medium">{next.title}</span>
            </Link>
          ) : null}
        </nav>

        {related.length > 0 ? (
          <section aria-labelledby="related" className="mt-10">
            <h2 id="related" className="text-xl font-semibold">Related studies</h2>
            <div className="mt-4 grid gap-4 sm:grid-cols-2">
              {related.map((r) => (
                <StudyCard key={r.id} study={toCardData(r, catalog.domainBySlug.get(r.domain)!.title)} />
              ))}
            </div>
          </section>
        ) : null}
      </div>

      <aside className="hidden lg:block">
        <nav aria-label="On this page" className="sticky top-24 text-sm">
          <p className="font-semibold">On this page</p>
          <ul className="mt-2 space-y-1.5">
            <li><a href="#key-facts" className="text-slate-700 hover:underline dark:text-slate-300">Key facts</a></li>
            {toc.map((h) => (
              <li key={h.id}>
                <a href={`#${h.id}`} className="text-slate-700 hover:underline dark:text-slate-300">{h.text}</a>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
    </article>
  );
}
