import type { Study } from "@/lib/content/catalog";

/** The study's headline figures, each with the source that states it and when. */
export function StudyKeyFacts({ metrics }: { metrics: Study["keyMetrics"] }) {
  return (
    <section aria-labelledby="key-facts" className="mt-6">
      <h2 id="key-facts" className="text-lg font-semibold">
        Key facts
      </h2>
      <dl className="mt-2 grid gap-3 sm:grid-cols-2">
        {metrics.map((m) => (
          <div key={m.label} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
            <dt className="text-sm text-slate-600 dark:text-slate-400">{m.label}</dt>
            <dd className="mt-1 font-semibold">
              {m.value}{" "}
              <a href={m.source} className="text-xs font-normal text-blue-700 underline dark:text-blue-400" rel="noopener noreferrer">
                ({m.asOf} source)
              </a>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
