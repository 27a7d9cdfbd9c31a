import type { Activity } from "@/lib/learning/activity";
import { ActivityCalendar } from "./activity-calendar";
import { DashboardCard } from "./dashboard-card";

/** How many studies were completed in the last year, and when. */
export function ActivitySummary({ activity }: { activity: Activity }) {
  return (
    <DashboardCard id="activity" title="Activity">
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
        {activity.total} {activity.total === 1 ? "study" : "studies"} completed in the last 12 months.
      </p>
      <ActivityCalendar activity={activity} />
    </DashboardCard>
  );
}
