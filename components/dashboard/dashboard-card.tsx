import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export const dashboardLinkClass = "font-medium text-blue-700 underline dark:text-blue-400";

/** One boxed section of the dashboard, named by its heading. */
export function DashboardCard({ id, title, className, children }: { id: string; title: string; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={cx("rounded-lg border border-slate-200 p-4 dark:border-slate-800", className)}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
