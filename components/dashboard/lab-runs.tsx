import Link from "next/link";
import type { SavedLabRun } from "@/lib/data/lab-runs";
import { withUnit } from "@/components/labs/format";
import { getCatalog } from "@/lib/content/catalog";
import { DashboardCard, dashboardLinkClass } from "./dashboard-card";

const day = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** The learner's latest lab runs: what they predicted and what the run measured. */
export function LabRuns({ runs }: { runs: SavedLabRun[] }) {
  const studies = getCatalog().studyById;
  return (
    <DashboardCard id="lab-runs" title="Your lab runs">
      {runs.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          Six studies have labs: predict a number, run the simulation, and your runs are kept here. Try{" "}
          <Link href="/case-studies/infrastructure/consistent-hashing#lab-consistent-hashing-ring" className={dashboardLinkClass}>
            keys moved on a hash ring
          </Link>
          .
        </p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2 text-sm">
          {runs.map((run) => {
            const study = studies.get(run.studyId);
            return (
              <li key={run.id}>
                <Link href={`${study?.href ?? "/case-studies"}#lab-${run.labId}`} className={dashboardLinkClass}>
                  {run.labTitle}
                </Link>
                <span className="block text-slate-700 dark:text-slate-300">
                  Predicted {withUnit(run.predicted, run.unit)}, measured {run.measured === null ? "nothing (never reached)" : withUnit(run.measured, run.unit)}
                  <span className="text-slate-600 dark:text-slate-400"> · {day.format(run.createdAt)}</span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </DashboardCard>
  );
}
