import type { ReactNode } from "react";
import { z } from "zod";
import { ScrollRegion } from "@/components/ui/scroll-region";

const CALLOUT_STYLE = {
  note: { label: "Note", className: "border-slate-400 bg-slate-50 dark:border-slate-500 dark:bg-slate-900" },
  insight: { label: "Insight", className: "border-blue-500 bg-blue-50 dark:border-blue-400 dark:bg-blue-950" },
  warning: { label: "Watch out", className: "border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950" },
} as const;

export function Callout({ kind = "note", title, children }: { kind?: keyof typeof CALLOUT_STYLE; title?: string; children: ReactNode }) {
  const style = CALLOUT_STYLE[kind] ?? CALLOUT_STYLE.note;
  return (
    <aside className={`not-prose my-6 rounded-r-lg border-l-4 px-4 py-3 ${style.className}`} aria-label={title ?? style.label}>
      <p className="text-sm font-semibold text-slate-900 dark:text-slate-50">{title ?? style.label}</p>
      <div className="prose prose-slate prose-sm mt-1 max-w-none dark:prose-invert">{children}</div>
    </aside>
  );
}

export function Figure({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <figure className="my-6">
      {children}
      <figcaption className="mt-2 text-sm text-slate-700 dark:text-slate-300">{caption}</figcaption>
    </figure>
  );
}

const metricsSchema = z.object({
  caption: z.string().min(3),
  rows: z.array(z.object({ metric: z.string().min(1), value: z.string().min(1), note: z.string().optional() })).min(1),
});

export function MetricsTable(props: { caption: string; rows: { metric: string; value: string; note?: string }[] }) {
  const parsed = metricsSchema.safeParse(props);
  if (!parsed.success) throw new Error(`<MetricsTable caption="${props.caption}">: ${parsed.error.issues[0]!.message}`);
  const { caption, rows } = parsed.data;
  const hasNotes = rows.some((r) => r.note);
  return (
    <ScrollRegion label={caption} className="not-prose my-6">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-sm font-semibold text-slate-800 dark:text-slate-200">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            <th scope="col" className="py-2 pr-4 font-semibold">Quantity</th>
            <th scope="col" className="py-2 pr-4 font-semibold">Value</th>
            {hasNotes ? <th scope="col" className="py-2 font-semibold">How it is derived</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.metric} className="border-b border-slate-200 dark:border-slate-800">
              <th scope="row" className="py-2 pr-4 font-normal">{r.metric}</th>
              <td className="py-2 pr-4 font-mono tabular-nums">{r.value}</td>
              {hasNotes ? <td className="py-2 text-slate-700 dark:text-slate-300">{r.note}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function Incident({
  date,
  system,
  title,
  source,
  children,
}: {
  date: string;
  system: string;
  title: string;
  source: string;
  children: ReactNode;
}) {
  if (!/^\d{4}-\d{2}(-\d{2})?$/.test(date)) throw new Error(`<Incident title="${title}">: date must be YYYY-MM-DD or YYYY-MM`);
  if (!/^https?:\/\//.test(source)) throw new Error(`<Incident title="${title}">: source must be a URL`);
  return (
    <section className="not-prose my-6 rounded-lg border border-red-200 bg-red-50/60 p-4 dark:border-red-900 dark:bg-red-950/40" aria-label={`Incident: ${title}`}>
      <p className="text-xs font-semibold uppercase tracking-wide text-red-800 dark:text-red-300">
        Incident · <time dateTime={date}>{date}</time> · {system}
      </p>
      <p className="mt-1 font-semibold text-slate-900 dark:text-slate-50">{title}</p>
      <div className="prose prose-slate prose-sm mt-2 max-w-none dark:prose-invert">{children}</div>
      <p className="mt-2 text-sm">
        <a href={source} className="text-blue-700 underline dark:text-blue-400" rel="noopener noreferrer">
          Read the postmortem
        </a>
      </p>
    </section>
  );
}

const QUESTION_LABEL: Record<string, string> = {
  concept: "Concept",
  estimation: "Estimation",
  failure: "Failure analysis",
  design: "Design",
};

export function Question({ q, kind = "concept", children }: { q: string; kind?: string; children: ReactNode }) {
  return (
    <details className="not-prose group my-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <summary className="cursor-pointer list-none">
        <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-slate-700 dark:bg-slate-800 dark:text-slate-300">
          {QUESTION_LABEL[kind] ?? "Question"}
        </span>
        <span className="font-medium text-slate-900 dark:text-slate-50">{q}</span>
        <span className="ml-2 text-sm text-blue-700 underline group-open:hidden dark:text-blue-400">Show answer</span>
      </summary>
      <div className="prose prose-slate prose-sm mt-3 max-w-none dark:prose-invert">{children}</div>
    </details>
  );
}
