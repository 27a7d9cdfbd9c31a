import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Section, mutedClass } from "@/components/catalog/section";
import { StudyCard, toCardData } from "@/components/catalog/study-card";
import { MdxBody } from "@/components/mdx/render";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getCatalog } from "@/lib/content/catalog";
import { compileMdx } from "@/lib/content/compile";
import { PATTERN_CATEGORY_LABEL } from "@/lib/content/labels";
import { patternsUsedWith, plainDescription } from "@/lib/content/pattern-index";

type Params = { slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getCatalog().patterns.map((p) => ({ slug: p.slug }));
}

function findPattern({ slug }: Params) {
  return getCatalog().patternBySlug.get(slug);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const pattern = findPattern(await params);
  if (!pattern) return {};
  const description = plainDescription(pattern.body);
  return {
    title: `${pattern.title} (architecture pattern)`,
    description,
    alternates: { canonical: pattern.href },
    openGraph: { title: pattern.title, description, type: "article", url: pattern.href },
  };
}

export default async function PatternPage({ params }: { params: Promise<Params> }) {
  const pattern = findPattern(await params);
  if (!pattern) notFound();
  const catalog = getCatalog();
  const body = await compileMdx(pattern.body, `content/patterns/${pattern.slug}.mdx`);
  const studies = pattern.studyIds.map((id) => catalog.studyById.get(id)!);
  const usedWith = patternsUsedWith(catalog, pattern.slug);

  return (
    <div className="space-y-12">
      <header>
        <Breadcrumb
          items={[
            { href: "/patterns", label: "Patterns" },
            { href: `/patterns#${pattern.category}`, label: PATTERN_CATEGORY_LABEL[pattern.category] },
          ]}
        />
        <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{pattern.title}</h1>
        {pattern.aliases.length > 0 ? (
          <p className={`mt-2 ${mutedClass}`}>
            Also known as: <span className="text-slate-800 dark:text-slate-200">{pattern.aliases.join(", ")}</span>
          </p>
        ) : null}
        <div className="prose prose-slate mt-6 max-w-3xl dark:prose-invert prose-a:text-blue-700 dark:prose-a:text-blue-400">
          <MdxBody code={body} />
        </div>
      </header>

      <Section id="studies" title={`Studies that use ${pattern.title}`} intro={<p>{studies.length === 1 ? "1 study uses" : `${studies.length} studies use`} this pattern.</p>}>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {studies.map((s) => (
            <li key={s.id}>
              <StudyCard study={toCardData(s, catalog.domainBySlug.get(s.domain)!.title)} />
            </li>
          ))}
        </ul>
      </Section>

      {usedWith.length > 0 ? (
        <Section id="used-with" title="Often used together with" intro={<p>Patterns that appear in the same studies, most shared first.</p>}>
          <ul className="flex flex-wrap gap-2">
            {usedWith.map((p) => (
              <li key={p.slug}>
                <Link
                  href={p.href}
                  className="inline-block rounded-full border border-slate-300 px-3 py-1 text-sm text-slate-800 hover:border-blue-500 hover:text-blue-800 dark:border-slate-700 dark:text-slate-200 dark:hover:border-blue-400 dark:hover:text-blue-300"
                >
                  {p.title} <span className={mutedClass}>({p.shared} shared)</span>
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}
