/** Days with completions over the last 12 months, for the dashboard's calendar. Pure. */
export type ActivityDay = { date: string; count: number };
export type Activity = { weeks: (ActivityDay | null)[][]; months: { label: string; count: number }[]; total: number };

const DAY = 24 * 60 * 60 * 1000;

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * A calendar of 53 weeks ending today (UTC), Sunday-first columns, and totals
 * for the 12 calendar months that end with the current one.
 */
export function buildActivity(completions: Date[], today = new Date()): Activity {
  const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const start = new Date(end.getTime() - 364 * DAY);
  const gridStart = new Date(start.getTime() - start.getUTCDay() * DAY);
  const counts = new Map<string, number>();
  for (const c of completions) {
    const key = isoDay(c);
    if (c.getTime() >= start.getTime() && c.getTime() < end.getTime() + DAY) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const weeks: (ActivityDay | null)[][] = [];
  for (let t = gridStart.getTime(); t <= end.getTime(); t += 7 * DAY) {
    const week: (ActivityDay | null)[] = [];
    for (let d = 0; d < 7; d++) {
      const day = new Date(t + d * DAY);
      week.push(day < start || day > end ? null : { date: isoDay(day), count: counts.get(isoDay(day)) ?? 0 });
    }
    weeks.push(week);
  }
  const months: { label: string; count: number }[] = [];
  for (let i = 11; i >= 0; i--) {
    const m = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - i, 1));
    const prefix = m.toISOString().slice(0, 7);
    let count = 0;
    for (const [day, n] of counts) if (day.startsWith(prefix)) count += n;
    months.push({ label: m.toLocaleDateString("en", { month: "short", year: "numeric", timeZone: "UTC" }), count });
  }
  return { weeks, months, total: [...counts.values()].reduce((a, b) => a + b, 0) };
}
