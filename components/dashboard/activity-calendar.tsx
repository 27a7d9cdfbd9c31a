import type { Activity } from "@/lib/learning/activity";
import { ScrollRegion } from "@/components/ui/scroll-region";

const LEVEL = [
  "fill-slate-100 dark:fill-slate-800",
  "fill-green-300 dark:fill-green-800",
  "fill-green-500 dark:fill-green-600",
  "fill-green-700 dark:fill-green-400",
];

/** A year of completions as a heatmap, with the month totals as a readable table. */
export function ActivityCalendar({ activity }: { activity: Activity }) {
  const cell = 11;
  const gap = 3;
  const top = 16;
  const width = activity.weeks.length * (cell + gap);
  const height = top + 7 * (cell + gap);
  // A month label above the first week that contains the 1st of that month.
  const monthStarts = activity.weeks.flatMap((week, w) => {
    const first = week.find((d) => d?.date.endsWith("-01"));
    return first ? [{ w, label: new Date(`${first.date}T00:00:00Z`).toLocaleDateString("en", { month: "short", timeZone: "UTC" }) }] : [];
  });
  return (
    <div className="flex flex-col gap-3">
      <ScrollRegion label="Activity calendar, one square per day">
        <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" className="max-w-none">
          {monthStarts.map(({ w, label }) => (
            <text key={`${w}-${label}`} x={w * (cell + gap)} y={11} fontSize={10} className="fill-slate-600 dark:fill-slate-400">
              {label}
            </text>
          ))}
          {activity.weeks.map((week, w) =>
            week.map((day, d) =>
              day ? (
                <rect
                  key={day.date}
                  x={w * (cell + gap)}
                  y={top + d * (cell + gap)}
                  width={cell}
                  height={cell}
                  rx={2}
                  className={LEVEL[Math.min(3, day.count)]}
                >
                  <title>{`${day.date}: ${day.count} completed`}</title>
                </rect>
              ) : null,
            ),
          )}
        </svg>
      </ScrollRegion>
      <ScrollRegion label="Studies completed per month">
      <table className="w-full max-w-3xl text-center text-xs">
        <caption className="sr-only">Studies completed per month over the last 12 months</caption>
        <thead>
          <tr>
            {activity.months.map((m) => (
              <th key={m.label} scope="col" className="px-1 font-medium text-slate-600 dark:text-slate-400">
                {m.label.split(" ")[0]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {activity.months.map((m) => (
              <td key={m.label} className="px-1 tabular-nums">
                {m.count}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      </ScrollRegion>
    </div>
  );
}
