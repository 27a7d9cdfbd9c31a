import path from "node:path";
import { z } from "zod";
import type { Catalog, Study } from "./catalog";
import { CONTENT_DIR, ContentError, readMdx } from "./files";
import { REQUIRED_SECTIONS } from "./rules";
import { CHALLENGES, DIFFICULTIES, DOMAINS, THEMES, type StudyFrontmatter } from "./schema";

/** The kinds a key metric may have; they feed "By Problem Domain" and "Scale Comparison". */
export type MetricKind = NonNullable<StudyFrontmatter["keyMetrics"][number]["kind"]>;
export const METRIC_KINDS = ["scale", "consistency", "latency"] as const satisfies readonly MetricKind[];

/** A name from `systems` (linked to its study), or `{ text }` for something that is not a study here. */
const exampleSchema = z.union([z.string().min(1), z.object({ text: z.string().min(2) }).strict()]);
const examplesFor = <T extends readonly [string, ...string[]]>(values: T) =>
  z.partialRecord(z.enum(values), z.array(exampleSchema).min(1));
const systemList = z.array(z.string().min(1)).min(1);
const titled = z.object({ title: z.string().min(3), description: z.string().min(20) }).strict();

/** The frontmatter of content/catalog.mdx: what the index page features and its own wording. */
export const catalogConfigSchema = z
  .object({
    title: z.string().min(3),
    lead: z.string().min(10),
    provides: z.array(z.object({ section: z.string(), description: z.string().min(10) }).strict()),
    /** Short names the seed uses -> study ids. */
    systems: z.record(z.string().min(1), z.string().min(3)),
    problemDomains: z.object({ scale: systemList, consistency: systemList, latency: systemList }).strict(),
    patternUsage: systemList,
    scaleComparison: systemList,
    howToUse: z.array(titled).min(3),
    practitioners: z
      .array(z.object({ role: z.string().min(2), action: z.string().min(2), domain: z.enum(DOMAINS) }).strict())
      .min(1),
    examples: z
      .object({ difficulty: examplesFor(DIFFICULTIES), focus: examplesFor(CHALLENGES), theme: examplesFor(THEMES) })
      .strict(),
    tip: z.string().min(10),
  })
  .strict()
  .superRefine((config, ctx) => {
    const expected = REQUIRED_SECTIONS.slice(0, 5);
    const sections = config.provides.map((p) => p.section);
    if (sections.join("|") !== expected.join("|")) {
      ctx.addIssue({ code: "custom", path: ["provides"], message: `must describe exactly [${expected.join(", ")}] in that order` });
    }
    const known = (name: string, where: (string | number)[]) => {
      if (!(name in config.systems)) ctx.addIssue({ code: "custom", path: where, message: `'${name}' is not one of systems` });
    };
    for (const kind of METRIC_KINDS) config.problemDomains[kind].forEach((name, i) => known(name, ["problemDomains", kind, i]));
    config.patternUsage.forEach((name, i) => known(name, ["patternUsage", i]));
    config.scaleComparison.forEach((name, i) => known(name, ["scaleComparison", i]));
    for (const [facet, byValue] of Object.entries(config.examples)) {
      for (const [value, items] of Object.entries(byValue)) {
        items?.forEach((item, i) => typeof item === "string" && known(item, ["examples", facet, value, i]));
      }
    }
  });
export type CatalogConfig = z.infer<typeof catalogConfigSchema>;
export type CatalogExample = z.infer<typeof exampleSchema>;

const CONFIG_FILE = path.join(CONTENT_DIR, "catalog.mdx");

/** Checks the config against the content: studies exist, featured metrics exist, examples fit their filter value. */
export function checkCatalogConfig(config: CatalogConfig, catalog: Catalog, file = "content/catalog.mdx"): ContentError[] {
  const problems: ContentError[] = [];
  const study = (name: string): Study | undefined => catalog.studyById.get(config.systems[name] ?? "");

  for (const [name, id] of Object.entries(config.systems)) {
    if (!catalog.studyById.has(id)) problems.push(new ContentError(file, `systems.${name}`, `no study '${id}'`));
  }
  for (const kind of METRIC_KINDS) {
    config.problemDomains[kind].forEach((name, i) => {
      const s = study(name);
      if (s && !s.keyMetrics.some((m) => m.kind === kind)) {
        problems.push(new ContentError(file, `problemDomains.${kind}.${i}`, `${s.id} has no key metric of kind '${kind}'`));
      }
    });
  }
  const fits = {
    difficulty: (s: Study, value: string) => s.difficulty === value,
    focus: (s: Study, value: string) => (s.challenges as readonly string[]).includes(value),
    theme: (s: Study, value: string) => (s.themes as readonly string[]).includes(value),
  };
  for (const facet of ["difficulty", "focus", "theme"] as const) {
    for (const [value, items] of Object.entries(config.examples[facet])) {
      items?.forEach((item, i) => {
        const s = typeof item === "string" ? study(item) : undefined;
        if (s && !fits[facet](s, value)) {
          problems.push(new ContentError(file, `examples.${facet}.${value}.${i}`, `${s.id} is not '${value}'`));
        }
      });
    }
  }
  return problems;
}

let cached: CatalogConfig | undefined;

/** The validated index configuration; a bad file fails the build with its field. */
export function getCatalogConfig(catalog: Catalog): CatalogConfig {
  if (cached) return cached;
  const { data, file } = readMdx(CONFIG_FILE, catalogConfigSchema);
  const [problem] = checkCatalogConfig(data, catalog, file);
  if (problem) throw problem;
  cached = data;
  return data;
}
