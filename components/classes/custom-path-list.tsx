import Link from "next/link";
import { formatMinutes } from "@/lib/content/labels";
import type { CustomPathListItem } from "@/lib/data/custom-paths";

export function CustomPathList({ paths }: { paths: CustomPathListItem[] }) {
  if (paths.length === 0) {
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        You have not built a path yet. Your paths are shown only to the classes you assign them to.
      </p>
    );
  }
  return (
    <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {paths.map((p) => (
        <li key={p.id} className="p-4">
          <h3 className="font-semibold">
            <Link href={`/instructor/paths/${p.id}`} className="text-blue-700 underline dark:text-blue-400">
              {p.title}
            </Link>
          </h3>
          {p.description ? <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{p.description}</p> : null}
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {p.steps.length} {p.steps.length === 1 ? "study" : "studies"}, {formatMinutes(p.minutes)} · assigned to {p.assignments}{" "}
            {p.assignments === 1 ? "class" : "classes"}
          </p>
        </li>
      ))}
    </ul>
  );
}
