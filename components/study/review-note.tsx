import type { Study } from "@/lib/content/catalog";

/** What the study's second reader checked and changed, and when (every full study is read twice before it lands). */
export function ReviewNote({ review }: { review: NonNullable<Study["review"]> }) {
  return (
    <section aria-labelledby="fact-check" className="not-prose mt-8 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm dark:border-slate-800 dark:bg-slate-900">
      <h2 id="fact-check" className="text-base font-semibold">How this study was checked</h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        Fact-checked by a second reader on <time dateTime={review.date}>{review.date}</time>. {review.summary}
      </p>
    </section>
  );
}
