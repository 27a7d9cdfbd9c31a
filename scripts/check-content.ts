/**
 * Validates content: frontmatter schema, references, the counted rules of CONTENT.md,
 * and that every MDX body compiles. `npm run content:check -- <file> ...` limits the
 * report to those files (references are still checked against the whole catalog).
 */
import path from "node:path";
import { collectCatalog } from "../lib/content/catalog";
import { compileMdx } from "../lib/content/compile";
import { checkInternalLinks, checkStudyRules } from "../lib/content/rules";

const only = new Set(process.argv.slice(2).map((f) => path.relative(process.cwd(), path.resolve(f))));
const wanted = (file: string) => only.size === 0 || only.has(file);

const { catalog, problems } = collectCatalog();
const lines: string[] = problems.filter((p) => wanted(p.file)).map((p) => p.message);
// A named file the catalog does not load (a draft, a typo) was not checked: say so rather than report OK.
const loaded = new Set([...catalog.studies.map((s) => s.file), ...problems.map((p) => p.file)]);
for (const file of only) if (!loaded.has(file)) lines.push(`${file}: not a study the catalog loads (only content/studies/<domain>/<slug>.mdx is checked)`);

for (const study of catalog.studies.filter((s) => wanted(s.file))) {
  for (const p of [...checkStudyRules(study), ...checkInternalLinks(study, catalog)]) lines.push(`${p.file}: ${p.rule}: ${p.message}`);
  try {
    await compileMdx(study.body, study.file);
  } catch (error) {
    lines.push((error as Error).message);
  }
}

for (const study of catalog.studies.filter((s) => wanted(s.file))) {
  console.log(
    `${study.status === "full" ? "full   " : "preview"} ${String(study.analysis.proseWords).padStart(5)} words  ${study.id}`,
  );
}
if (lines.length > 0) {
  console.error(`\n${lines.length} problem(s):\n${lines.map((l) => `- ${l}`).join("\n")}`);
  process.exit(1);
}
console.log(`\nOK: ${catalog.studies.filter((s) => wanted(s.file)).length} studies checked`);
