import type { Activity } from "@/lib/learning/activity";
import { ScrollRegion } from "@/components/ui/scroll-region";

const LEVEL = [
  "fill-slate-100 dark:fill-slate-800",
  "fill-green-300 dark:fill-green-800",
  "fill-green-500 dark:fill-green-600",
  "fill-green-700 dark:fill-green-400",
];

const EMPTY_DAY = "activity-empty-day";

/**
 * The longest run of weeks with all seven days in the calendar. Their empty
 * days are drawn by one rectangle filled with a pattern of empty squares, and
 * only the days with completions (and the partial first and last weeks) as
 * squares of their own: a year of days as 365 elements was 52 KB of the
 * dashboard's HTML, and as much again in its RSC payload.
 */
export function longestRunOfFullWeeks(weeks: readonly (readonly unknown[])[]): { from: number; to: number } | null {
  let best: { from: number; to: number } | null = null;
  let from = -1;
  weeks.forEach((week, w) => {
    const full = week.length === 7 && week.every(Boolean);
    if (full && from < 0) from = w;
    if (full && (!best || w - from > best.to - best.from)) best = { from, to: w };
    if (!full) from = -1;
  });
  return best;
}

/** A year of completions as a heatmap, with the month totals as a readable table. */
export function ActivityCalendar({ activity }: { activity: Activity }) {
  const cell = 11;
  const gap = 3;
  const top = 16;
  const width = activity.weeks.length * (cell + gap);
  const step = cell + gap;
  const height = top + 7 * step;
  const fullWeeks = longestRunOfFullWeeks(activity.weeks);
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
          <defs>
            <pattern id={EMPTY_DAY} x={0} y={top} width={step} height={step} patternUnits="userSpaceOnUse">
              <rect width={cell} height={cell} rx={2} className={LEVEL[0]} />
            </pattern>
          </defs>
          {fullWeeks ? (
            <rect x={fullWeeks.from * step} y={top} width={(fullWeeks.to - fullWeeks.from + 1) * step} height={7 * step} fill={`url(#${EMPTY_DAY})`} />
          ) : null}
          {activity.weeks.map((week, w) =>
            week.map((day, d) => {
              if (!day) return null;
              const inPattern = fullWeeks !== null && w >= fullWeeks.from && w <= fullWeeks.to;
              if (day.count === 0 && inPattern) return null;
              return (
                <rect key={day.date} x={w * step} y={top + d * step} width={cell} height={cell} rx={2} className={LEVEL[Math.min(3, day.count)]}>
                  {day.count > 0 ? <title>{`${day.date}: ${day.count} completed`}</title> : null}
                </rect>
              );
            }),
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
