import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** A titled page section; the heading names the landmark, and the emoji stays out of its accessible name. */
export function Section({
  id,
  title,
  emoji,
  level = 2,
  intro,
  children,
}: {
  id: string;
  title: string;
  emoji?: string;
  level?: 2 | 3;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const Heading = `h${level}` as const;
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="scroll-mt-24">
      <Heading
        id={`${id}-heading`}
        className={level === 2 ? "text-2xl font-bold tracking-tight text-slate-900 dark:text-white" : "text-lg font-semibold text-slate-900 dark:text-white"}
      >
        {emoji ? <span aria-hidden="true" className="mr-2">{emoji}</span> : null}
        {title}
      </Heading>
      {intro ? <div className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{intro}</div> : null}
      <div className={level === 2 ? "mt-5" : "mt-3"}>{children}</div>
    </section>
  );
}

export const linkClass = "link";
export const mutedClass = "text-slate-600 dark:text-slate-400";

/** A scrollable table that keyboard users can scroll too (it takes focus and is named by its caption). */
export function TableScroller({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ScrollRegion label={label} className="rounded-lg border border-slate-200 dark:border-slate-800">
      {children}
    </ScrollRegion>
  );
}

export const thClass =
  "border-b border-slate-200 bg-slate-50 px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300";
export const tdClass = "border-b border-slate-200 px-3 py-3 align-top text-sm dark:border-slate-800";
