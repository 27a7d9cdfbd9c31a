import { getCatalog, type LearningPath } from "@/lib/content/catalog";
import type { PathStep } from "./path-progress";

/** A built-in path's steps with titles and minutes from the content model. */
export function stepsOf(path: LearningPath): PathStep[] {
  const { studyById } = getCatalog();
  return path.steps.map((id) => {
    const study = studyById.get(id)!;
    return { id, title: study.title, href: study.href, minutes: study.minutes };
  });
}
