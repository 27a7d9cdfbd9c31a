import type { Study } from "@/lib/content/catalog";

/** schema.org TechArticle metadata for search engines. */
export function StudyJsonLd({ study }: { study: Pick<Study, "title" | "summary" | "updated" | "difficulty" | "minutes"> }) {
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "TechArticle",
    headline: study.title,
    description: study.summary,
    dateModified: study.updated,
    proficiencyLevel: study.difficulty,
    timeRequired: `PT${study.minutes}M`,
  };
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd) }} />;
}
