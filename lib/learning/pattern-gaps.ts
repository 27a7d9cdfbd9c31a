import type { Study } from "@/lib/content/catalog";

export type PatternCoverage = {
  covered: string[];
  uncovered: string[];
  /** The full study not yet completed that covers the most uncovered patterns (ties: the shorter one). */
  next: { study: Study; closes: string[] } | null;
};

/** Which patterns the completed studies cover, and what to read next to close a gap. Pure. */
export function patternCoverage(studies: Study[], allPatterns: string[], completed: Set<string>): PatternCoverage {
  const covered = new Set(studies.filter((s) => completed.has(s.id)).flatMap((s) => s.patterns));
  const uncovered = allPatterns.filter((p) => !covered.has(p));
  let next: PatternCoverage["next"] = null;
  for (const study of studies) {
    if (study.status !== "full" || completed.has(study.id)) continue;
    const closes = study.patterns.filter((p) => !covered.has(p));
    if (closes.length === 0) continue;
    if (!next || closes.length > next.closes.length || (closes.length === next.closes.length && study.minutes < next.study.minutes)) {
      next = { study, closes };
    }
  }
  return { covered: allPatterns.filter((p) => covered.has(p)), uncovered, next };
}
