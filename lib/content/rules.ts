import type { Catalog, Study } from "./catalog";
import type { Domain } from "./schema";


export const REQUIRED_SECTIONS = [
  "Architecture Overview",
  "Key Challenges",
  "Solutions Applied",
  "Lessons Learned",
  "Current State",
  "Check your understanding",
] as const;

export const MIN_WORDS = { quick: 1500, standard: 2500, deep: 3500 } as const;
const PREVIEW_WORDS = { min: 80, max: 400 };
const MAX_CODE_SHARE = 0.15;
const PLACEHOLDER = /\b(TODO|TBD|FIXME|XXX|lorem ipsum|coming soon|placeholder|insert (?:here|text))\b/i;

export type RuleProblem = { file: string; rule: string; message: string };

/** The rules of CONTENT.md that can be counted. */
export function checkStudyRules(study: Study): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const fail = (rule: string, message: string) => problems.push({ file: study.file, rule, message });
  const a = study.analysis;

  const placeholder = `${study.summary}\n${a.plainText}`.match(PLACEHOLDER);
  if (placeholder) fail("placeholder", `contains the placeholder word '${placeholder[0]}'`);
  if (a.headings.some((h) => h.text === "Further reading")) {
    fail("sections", "remove 'Further reading': the page renders it from sources");
  }

  if (study.status === "preview") {
    const words = a.proseWords;
    if (words < PREVIEW_WORDS.min || words > PREVIEW_WORDS.max) {
      fail("length", `a preview body has ${PREVIEW_WORDS.min}-${PREVIEW_WORDS.max} words, this has ${words}`);
    }
    return problems;
  }

  const h2 = a.sections.map((s) => s.heading.text);
  if (h2.join("|") !== REQUIRED_SECTIONS.join("|")) {
    fail("sections", `h2 sections must be exactly [${REQUIRED_SECTIONS.join(", ")}], found [${h2.join(", ")}]`);
  }
  const section = (name: string) => a.sections.find((s) => s.heading.text === name);

  const minWords = MIN_WORDS[study.timeInvestment];
  if (a.proseWords < minWords) fail("length", `${study.timeInvestment} studies need >= ${minWords} words, this has ${a.proseWords}`);
  const codeShare = a.codeWords / Math.max(1, a.proseWords + a.codeWords);
  if (codeShare > MAX_CODE_SHARE) fail("code", `code is ${(codeShare * 100).toFixed(0)}% of words (max 15%)`);

  const solutions = section("Solutions Applied");
  const decisions = solutions?.subheadings.filter((h) => h.startsWith("Decision:")).length ?? 0;
  const failures = solutions?.subheadings.filter((h) => h.startsWith("Failure:")).length ?? 0;
  if (decisions < 3) fail("decisions", `Solutions Applied needs >= 3 '### Decision:' subsections, has ${decisions}`);
  if (failures < 3) fail("failures", `Solutions Applied needs >= 3 '### Failure:' subsections, has ${failures}`);

  const incidents = section("Lessons Learned")?.elements.filter((e) => e === "Incident").length ?? 0;
  if (incidents < 1) fail("incident", "Lessons Learned needs at least one <Incident>");

  const current = section("Current State");
  if (current && !/^As of 2026\b/.test(current.firstParagraph.trim())) {
    fail("current-state", "Current State must open with 'As of 2026,'");
  }

  const diagrams = a.elements.filter((e) => e === "Diagram" || e === "SequenceDiagram").length;
  if (diagrams < 2) fail("diagrams", `needs >= 2 <Diagram>/<SequenceDiagram>, has ${diagrams}`);

  const questions = section("Check your understanding")?.elements.filter((e) => e === "Question").length ?? 0;
  if (questions < 5) fail("questions", `Check your understanding needs >= 5 <Question>s, has ${questions}`);
  for (const kind of ["estimation", "failure"]) {
    if (!a.questionKinds.includes(kind)) fail("questions", `needs a <Question kind="${kind}">`);
  }
  if (study.sources.length < 5) fail("sources", `needs >= 5 sources, has ${study.sources.length}`);
  return problems;
}


/** Site pages a study may link to without naming a study, domain, path or pattern. */
const FIXED_PAGES = new Set(["/", "/case-studies", "/paths", "/patterns", "/search"]);

/**
 * Every Markdown link to this site ("](/...)") must name a page that exists: a study, a
 * domain, a path or a pattern of the catalog, or one of the fixed listing pages. A typo'd
 * route (e.g. /studies/... for /case-studies/...) is a 404 a reader would find first.
 */
export function checkInternalLinks(study: Study, catalog: Pick<Catalog, "studyById" | "domainBySlug" | "pathBySlug" | "patternBySlug">): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const match of study.body.matchAll(/\]\((\/[^)\s]*)\)/g)) {
    const target = match[1]!.split(/[#?]/)[0]!.replace(/\/$/, "") || "/";
    const [first, a, b, ...rest] = target.split("/").slice(1);
    const known =
      FIXED_PAGES.has(target) ||
      (first === "case-studies" && b !== undefined && rest.length === 0 && catalog.studyById.has(`${a}/${b}`)) ||
      (first === "case-studies" && b === undefined && a !== undefined && catalog.domainBySlug.has(a as Domain)) ||
      (first === "paths" && b === undefined && a !== undefined && catalog.pathBySlug.has(a)) ||
      (first === "patterns" && b === undefined && a !== undefined && catalog.patternBySlug.has(a));
    if (!known) problems.push({ file: study.file, rule: "links", message: `links to ${match[1]}, which is no page of this site` });
  }
  return problems;
}
