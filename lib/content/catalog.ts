import path from "node:path";
import { analyzeBody, type BodyAnalysis } from "./analyze";
import { ContentError, listMdx, readMdx } from "./files";
import {
  DOMAINS,
  domainFrontmatterSchema,
  patternFrontmatterSchema,
  studyFrontmatterSchema,
  trackFrontmatterSchema,
  type Domain,
  type DomainFrontmatter,
  type PatternFrontmatter,
  type StudyFrontmatter,
} from "./schema";

/** Words per minute used for "reading time"; minutes in frontmatter also include exercises. */
const READING_WPM = 230;

export type Study = StudyFrontmatter & {
  /** Stable id, `<domain>/<slug>`: progress and bookmarks refer to it. */
  id: string;
  slug: string;
  href: string;
  file: string;
  body: string;
  analysis: BodyAnalysis;
  readingMinutes: number;
};

export type DomainInfo = DomainFrontmatter & { slug: Domain; href: string; intro: string; studyIds: string[] };

export type LearningPath = {
  slug: string;
  kind: "track" | "domain";
  title: string;
  description: string;
  audience?: string;
  domain?: Domain;
  order: number;
  href: string;
  steps: string[];
};

export type Pattern = PatternFrontmatter & { slug: string; href: string; body: string; studyIds: string[] };

export type Catalog = {
  studies: Study[];
  studyById: Map<string, Study>;
  domains: DomainInfo[];
  domainBySlug: Map<Domain, DomainInfo>;
  paths: LearningPath[];
  pathBySlug: Map<string, LearningPath>;
  patterns: Pattern[];
  patternBySlug: Map<string, Pattern>;
};

export type LoadResult = { catalog: Catalog; problems: ContentError[] };

function attempt<T>(problems: ContentError[], fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ContentError) {
      problems.push(error);
      return undefined;
    }
    throw error;
  }
}

/** Reads every content file, collecting problems instead of stopping at the first. */
export function collectCatalog(): LoadResult {
  const problems: ContentError[] = [];

  const studies: Study[] = [];
  for (const file of listMdx("studies")) {
    const parsed = attempt(problems, () => readMdx(file, studyFrontmatterSchema));
    if (!parsed) continue;
    const folder = path.basename(path.dirname(file));
    if (folder !== parsed.data.domain) {
      problems.push(new ContentError(parsed.file, "domain", `is '${parsed.data.domain}' but the file is in '${folder}/'`));
      continue;
    }
    const analysis = attempt(problems, () => {
      try {
        return analyzeBody(parsed.body);
      } catch (error) {
        throw new ContentError(parsed.file, "body", `invalid MDX: ${(error as Error).message}`);
      }
    });
    if (!analysis) continue;
    const id = `${parsed.data.domain}/${parsed.name}`;
    studies.push({
      ...parsed.data,
      id,
      slug: parsed.name,
      href: `/case-studies/${id}`,
      file: parsed.file,
      body: parsed.body,
      analysis,
      readingMinutes: Math.max(1, Math.round(analysis.proseWords / READING_WPM)),
    });
  }
  studies.sort((a, b) => a.title.localeCompare(b.title));
  const studyById = new Map(studies.map((s) => [s.id, s]));

  const patterns: Pattern[] = [];
  for (const file of listMdx("patterns")) {
    const parsed = attempt(problems, () => readMdx(file, patternFrontmatterSchema));
    if (!parsed) continue;
    patterns.push({
      ...parsed.data,
      slug: parsed.name,
      href: `/patterns/${parsed.name}`,
      body: parsed.body.trim(),
      studyIds: studies.filter((s) => s.patterns.includes(parsed.name)).map((s) => s.id),
    });
  }
  patterns.sort((a, b) => a.title.localeCompare(b.title));
  const patternBySlug = new Map(patterns.map((p) => [p.slug, p]));

  const domains: DomainInfo[] = [];
  for (const file of listMdx("domains")) {
    const parsed = attempt(problems, () => readMdx(file, domainFrontmatterSchema));
    if (!parsed) continue;
    if (!(DOMAINS as readonly string[]).includes(parsed.name)) {
      problems.push(new ContentError(parsed.file, "", `'${parsed.name}' is not a known domain`));
      continue;
    }
    const slug = parsed.name as Domain;
    domains.push({
      ...parsed.data,
      slug,
      href: `/case-studies/${slug}`,
      intro: parsed.body.trim(),
      studyIds: studies.filter((s) => s.domain === slug).map((s) => s.id),
    });
  }
  domains.sort((a, b) => a.order - b.order);
  const domainBySlug = new Map(domains.map((d) => [d.slug, d]));

  const paths: LearningPath[] = [];
  for (const file of listMdx("paths")) {
    const parsed = attempt(problems, () => readMdx(file, trackFrontmatterSchema));
    if (!parsed) continue;
    paths.push({
      slug: parsed.name,
      kind: "track",
      title: parsed.data.title,
      description: parsed.data.why,
      audience: parsed.data.audience,
      order: parsed.data.order,
      href: `/paths/${parsed.name}`,
      steps: parsed.data.steps,
    });
  }
  for (const domain of domains) {
    paths.push({
      slug: domain.slug,
      kind: "domain",
      title: `${domain.shortTitle} path`,
      description: domain.tagline,
      domain: domain.slug,
      order: 100 + domain.order,
      href: `/paths/${domain.slug}`,
      steps: domain.path,
    });
  }
  paths.sort((a, b) => a.order - b.order);
  const pathBySlug = new Map(paths.map((p) => [p.slug, p]));

  const catalog: Catalog = { studies, studyById, domains, domainBySlug, paths, pathBySlug, patterns, patternBySlug };
  problems.push(...checkReferences(catalog));
  return { catalog, problems };
}

/** Every slug a file names must exist: studies, patterns, domains, path steps. */
function checkReferences(catalog: Catalog): ContentError[] {
  const problems: ContentError[] = [];
  const studyIds = catalog.studyById;
  for (const study of catalog.studies) {
    for (const field of ["related", "prerequisites"] as const) {
      study[field].forEach((ref, i) => {
        if (!studyIds.has(ref)) problems.push(new ContentError(study.file, `${field}.${i}`, `no study '${ref}'`));
        if (ref === study.id) problems.push(new ContentError(study.file, `${field}.${i}`, "a study cannot refer to itself"));
      });
    }
    study.patterns.forEach((slug, i) => {
      if (!catalog.patternBySlug.has(slug)) {
        problems.push(
          new ContentError(
            study.file,
            `patterns.${i}`,
            `no pattern '${slug}' (content/patterns/${slug}.mdx: title, aliases, category and a paragraph)`,
          ),
        );
      }
    });
  }
  for (const learningPath of catalog.paths) {
    const file = learningPath.kind === "track" ? `content/paths/${learningPath.slug}.mdx` : `content/domains/${learningPath.slug}.mdx`;
    learningPath.steps.forEach((ref, i) => {
      if (!studyIds.has(ref)) problems.push(new ContentError(file, `${learningPath.kind === "track" ? "steps" : "path"}.${i}`, `no study '${ref}'`));
    });
    if (new Set(learningPath.steps).size !== learningPath.steps.length) {
      problems.push(new ContentError(file, "steps", "a study appears twice"));
    }
  }
  return problems;
}

let cached: Catalog | undefined;

/**
 * In production the catalog is loaded once per process. Each server bundle of
 * a Next build (every route's page and its server-rendering layer) carries its
 * own copy of this module, so a module-level cache alone parsed all 88 studies
 * once per bundle: about six times in the first seconds after a start, under
 * the first users' requests. In development the module cache is enough, and
 * an edited study must be read again.
 */
const shared = globalThis as unknown as { __caseStudiesCatalog?: Catalog };
const shareAcrossBundles = process.env.NODE_ENV === "production";

/** The validated catalog; throws the first problem (file and field) so a bad file fails the build. */
export function getCatalog(): Catalog {
  if (cached) return cached;
  if (shareAcrossBundles && shared.__caseStudiesCatalog) return (cached = shared.__caseStudiesCatalog);
  const { catalog, problems } = collectCatalog();
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more; run npm run content:check)` : "";
    throw new ContentError(problems[0]!.file, problems[0]!.field, `${problems[0]!.detail}${more}`);
  }
  cached = catalog;
  if (shareAcrossBundles) shared.__caseStudiesCatalog = catalog;
  return catalog;
}
