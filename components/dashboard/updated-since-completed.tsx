import Link from "next/link";
import type { Dashboard } from "@/lib/data/dashboard";
import { DashboardCard, dashboardLinkClass } from "./dashboard-card";

/** Completed studies revised substantially since; nothing when there are none. */
export function UpdatedSinceCompleted({ studies }: { studies: Dashboard["updatedSinceCompleted"] }) {
  if (studies.length === 0) return null;
  return (
    <DashboardCard id="updated" title="Updated since you completed them" className="border-amber-300 dark:border-amber-700">
      <ul className="mt-2 list-disc pl-5">
        {studies.map((s) => (
          <li key={s.id}>
            <Link href={s.href} className={dashboardLinkClass}>
              {s.title}
            </Link>
          </li>
        ))}
      </ul>
    </DashboardCard>
  );
}
