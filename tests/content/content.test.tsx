import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MdxBody } from "@/components/mdx/render";
import { collectCatalog } from "@/lib/content/catalog";
import { compileMdx } from "@/lib/content/compile";
import { checkInternalLinks, checkStudyRules } from "@/lib/content/rules";
import { FOCUS_TO_CHALLENGE, SEED, SEED_DIFFICULTY, SEED_FOCUS, SEED_PATTERN_USAGE, SEED_THEMES, seedStudyIds } from "./seed";

const { catalog, problems } = collectCatalog();
const FULL_DOMAINS = ["databases", "messaging-streaming", "infrastructure"];

describe("content model", () => {
  it("has no schema or reference problems", () => {
    expect(problems.map((p) => p.message)).toEqual([]);
  });

  it("publishes exactly the seed's 88 studies", () => {
    const seed = seedStudyIds();
    expect(seed).toHaveLength(88);
    expect(catalog.studies.map((s) => s.id).sort()).toEqual([...seed].sort());
  });

  it("has every domain of the seed, each with its learning path", () => {
    expect(catalog.domains).toHaveLength(12);
    for (const domain of catalog.domains) {
      expect(SEED).toContain(`](${domain.slug}/index.md)`);
      expect(new Set(domain.path)).toEqual(new Set(domain.studyIds));
    }
  });

  it("has the seed's eight tracks in the seed's order of steps", () => {
    const tracks = catalog.paths.filter((p) => p.kind === "track");
    expect(tracks.map((t) => t.title)).toEqual([
      "Foundation Track", "Social Track", "Commerce Track", "Data Track",
      "Location Track", "Healthcare Track", "Gaming Track", "Logistics Track",
    ]);
    for (const track of tracks) {
      const line = SEED.split("\n").find((l) => l.includes(`**${track.title}**`))!;
      const seedSteps = [...line.matchAll(/\]\(([a-z-]+\/[a-z0-9-]+)\.md\)/g)].map((m) => m[1]!.replace(/-enhanced$/, ""));
      expect(track.steps, track.title).toEqual(seedSteps);
    }
  });
});

describe("the seed's ratings", () => {
  const study = (id: string) => catalog.studyById.get(id)!;

  it.each(Object.entries(SEED_DIFFICULTY))("difficulty %s", (level, names) => {
    const line = SEED.split("\n").find((l) => l.includes(`** ${level}**`) || l.includes(` ${level}** (`))!;
    for (const [name, ids] of Object.entries(names)) {
      expect(line, name).toContain(name);
      for (const id of ids) expect(study(id).difficulty, id).toBe(level.toLowerCase());
    }
  });

  it.each(Object.entries(SEED_FOCUS))("pattern focus %s", (focus, names) => {
    const line = SEED.split("\n").find((l) => l.startsWith(`- **${focus}**`))!;
    for (const [name, ids] of Object.entries(names)) {
      expect(line, name).toContain(name);
      for (const id of ids) expect(study(id).challenges, id).toContain(FOCUS_TO_CHALLENGE[focus as keyof typeof FOCUS_TO_CHALLENGE]);
    }
  });

  it.each(Object.entries(SEED_THEMES))("theme %s", (theme, { line: label, studies }) => {
    const line = SEED.split("\n").find((l) => l.startsWith("- **") && l.includes(`${label}**`))!;
    for (const [name, ids] of Object.entries(studies)) {
      expect(line, name).toContain(name);
      for (const id of ids) expect(study(id).themes, id).toContain(theme);
    }
  });

  it.each(Object.entries(SEED_PATTERN_USAGE))("pattern usage of %s", (system, { study: id, patterns }) => {
    expect(SEED).toContain(`| **${system}** |`);
    expect(study(id).patterns).toEqual(expect.arrayContaining(patterns));
  });
});

describe("studies", () => {
  it("writes the first 28 studies in full", () => {
    const first = catalog.studies.filter((s) => FULL_DOMAINS.includes(s.domain));
    expect(first).toHaveLength(28);
    expect(first.filter((s) => s.status !== "full").map((s) => s.id)).toEqual([]);
  });

  it("writes every one of the 88 studies in full: no preview is left", () => {
    expect(catalog.studies).toHaveLength(88);
    expect(catalog.studies.filter((s) => s.status !== "full").map((s) => s.id)).toEqual([]);
  });

  it("every full study says when its second reader checked it and what the check found", () => {
    const full = catalog.studies.filter((s) => s.status === "full");
    expect(full.filter((s) => !s.review || s.review.summary.length < 40).map((s) => s.id)).toEqual([]);
  });

  it("no study speaks of how it was authored (the seed page, the content guide, a preview's plans)", () => {
    const vocabulary = /\bthe seed(?:'s| page| index)\b|\bseed's\b|\bthe full study will\b|CONTENT\.md|\bcontent guide\b/i;
    expect(catalog.studies.filter((s) => vocabulary.test(s.body) || vocabulary.test(s.summary)).map((s) => s.id)).toEqual([]);
  });

  it.each(catalog.studies.map((s) => [s.id, s] as const))("%s links only to pages of this site that exist", (_id, s) => {
    expect(checkInternalLinks(s, catalog).map((p) => p.message)).toEqual([]);
  });

  it.each(catalog.studies.map((s) => [s.id, s] as const))("%s meets the counted rules of CONTENT.md", (_id, s) => {
    expect(checkStudyRules(s).map((p) => `${p.rule}: ${p.message}`)).toEqual([]);
  });

  it.each(catalog.studies.map((s) => [s.id, s] as const))("%s compiles and renders with its diagrams", async (_id, s) => {
    const html = renderToStaticMarkup(<MdxBody code={await compileMdx(s.body, s.file)} />);
    if (s.status === "full") {
      expect(html.match(/<svg role="img"/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(html).toContain("<details");
    }
    for (const h of s.analysis.headings) expect(html).toContain(`id="${h.id}"`);
  });
});

describe("patterns and other pages", () => {
  it("every pattern is used by at least one study and says what it is", () => {
    for (const pattern of catalog.patterns) {
      expect(pattern.studyIds.length, pattern.slug).toBeGreaterThan(0);
      expect(pattern.body.split(/\s+/).length, pattern.slug).toBeGreaterThan(60);
    }
  });

  it("no placeholder words anywhere", () => {
    const texts = [
      ...catalog.patterns.map((p) => [p.slug, p.body] as const),
      ...catalog.domains.map((d) => [d.slug, d.intro] as const),
    ];
    for (const [name, text] of texts) expect(text, name).not.toMatch(/\b(TODO|TBD|FIXME|XXX|lorem ipsum|coming soon)\b/i);
  });
});
