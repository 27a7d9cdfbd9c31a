import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { toCardData } from "@/components/catalog/study-card";
import { OnThisPage } from "@/components/study/on-this-page";
import { PreviewNotice } from "@/components/study/preview-notice";
import { ReadFirst } from "@/components/study/read-first";
import { RelatedStudies } from "@/components/study/related-studies";
import { StudyBody } from "@/components/study/study-body";
import { StudyHeader } from "@/components/study/study-header";
import { StudyJsonLd } from "@/components/study/study-json-ld";
import { StudyKeyFacts } from "@/components/study/study-key-facts";
import { StudyPager } from "@/components/study/study-pager";
import { getCatalog, type Study } from "@/lib/content/catalog";
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
  const studies = (ids: string[]) => ids.flatMap((id) => catalog.studyById.get(id) ?? []);
  const index = domain.studyIds.indexOf(study.id);
  const [prev] = studies(domain.studyIds.slice(Math.max(index - 1, 0), index));
  const [next] = studies(domain.studyIds.slice(index + 1, index + 2));
  const toc = [
    { id: "key-facts", text: "Key facts" },
    ...study.analysis.headings.filter((h) => h.depth === 2),
    { id: "further-reading", text: "Further reading" },
    ...(study.review ? [{ id: "fact-check", text: "How this study was checked" }] : []),
  ];

  return (
    <article className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_15rem]">
      <StudyJsonLd study={study} />
      <div className="min-w-0">
        <StudyHeader
          study={study}
          trail={[{ href: "/case-studies", label: "Case studies" }, { href: domain.href, label: domain.title }]}
          patterns={study.patterns.map((slug) => catalog.patternBySlug.get(slug)!)}
        />
        {study.status === "preview" ? <PreviewNotice /> : null}
        <StudyKeyFacts metrics={study.keyMetrics} />
        <ReadFirst studies={studies(study.prerequisites)} />
        <StudyBody code={code} sources={study.sources} review={study.review} />
        <StudyPager domain={domain.shortTitle} prev={prev} next={next} />
        <RelatedStudies studies={studies(study.related).map((r) => toCardData(r, catalog.domainBySlug.get(r.domain)!.title))} />
      </div>
      <OnThisPage entries={toc} />
    </article>
  );
}
