import { getCatalog } from "@/lib/content/catalog";
import type { PathStep } from "./path-progress";

/**
 * The steps of a path (built-in, a class's assignment, an instructor's own)
 * from its study ids: titles, links and minutes from the content model. Ids
 * of studies no longer in the catalog are skipped, so totals always come from
 * the content that exists.
 */
export function pathSteps(studyIds: readonly string[]): PathStep[] {
  const { studyById } = getCatalog();
  return studyIds.flatMap((id) => {
    const study = studyById.get(id);
    return study ? [{ id, title: study.title, href: study.href, minutes: study.minutes }] : [];
  });
}
