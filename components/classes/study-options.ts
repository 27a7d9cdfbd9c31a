import { getCatalog } from "@/lib/content/catalog";
import type { StudyOption } from "./path-builder";

/** Every study, grouped by domain in catalog order, as the path builder lists them. */
export function studyOptions(): StudyOption[] {
  const catalog = getCatalog();
  return catalog.domains.flatMap((d) =>
    d.studyIds.map((id) => {
      const s = catalog.studyById.get(id)!;
      return { id, title: s.title, domainTitle: d.title, minutes: s.minutes, preview: s.status === "preview" };
    }),
  );
}
