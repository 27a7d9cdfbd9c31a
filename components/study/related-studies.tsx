import { StudyCard, type StudyCardData } from "@/components/catalog/study-card";

/** Studies the author linked to this one, as cards; nothing when there are none. */
export function RelatedStudies({ studies }: { studies: StudyCardData[] }) {
  if (studies.length === 0) return null;
  return (
    <section aria-labelledby="related" className="mt-10">
      <h2 id="related" className="text-xl font-semibold">
        Related studies
      </h2>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        {studies.map((s) => (
          <StudyCard key={s.id} study={s} />
        ))}
      </div>
    </section>
  );
}
