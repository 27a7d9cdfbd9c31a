import type { MetricView } from "@/lib/content/catalog-index";

/** Key figures from a study, each with what it measures and the year it was published. */
export function MetricList({ metrics, empty }: { metrics: MetricView[]; empty: string }) {
  if (metrics.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{empty}</p>;
  return (
    <ul className="space-y-1.5">
      {metrics.map((m) => (
        <li key={m.label} className="text-sm">
          <span className="text-slate-700 dark:text-slate-300">{m.label}: </span>
          <span className="font-semibold text-slate-900 dark:text-slate-50">{m.value}</span>{" "}
          <span className="whitespace-nowrap text-slate-600 dark:text-slate-400">({m.asOf})</span>
        </li>
      ))}
    </ul>
  );
}
