import Link from "next/link";
import type { TaughtClass } from "@/lib/data/classes";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The classes an instructor teaches, newest first, with member counts. */
export function ClassList({ classes }: { classes: TaughtClass[] }) {
  if (classes.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-700 dark:border-slate-700 dark:text-slate-300">
        No classes yet. Name your first class above: you get a join code to share with your learners.
      </p>
    );
  }
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {classes.map((c) => (
        <li key={c.id} className="rounded-lg border border-slate-200 p-4 hover:border-slate-400 dark:border-slate-800 dark:hover:border-slate-600">
          <h3 className="text-lg font-semibold">
            <Link href={`/instructor/classes/${c.id}`} className="text-slate-900 hover:underline dark:text-slate-50">
              {c.name}
            </Link>
          </h3>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {plural(c.learners, "learner", "learners")} · {plural(c.assignments, "assignment", "assignments")}
          </p>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            Join code <span className="font-mono font-semibold tracking-wider">{c.joinCode}</span>
            {c.joinEnabled ? null : <span className="ml-2 text-amber-900 dark:text-amber-200">(closed)</span>}
          </p>
        </li>
      ))}
    </ul>
  );
}
