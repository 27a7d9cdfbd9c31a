import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildActivity } from "@/lib/learning/activity";
import { ActivityCalendar, longestRunOfFullWeeks } from "./activity-calendar";

const today = new Date("2026-12-03T12:00:00Z");

describe("ActivityCalendar", () => {
  it("draws the empty days of full weeks as one patterned rectangle and each active day as its own square", () => {
    const completions = [new Date("2026-12-01T10:00:00Z"), new Date("2026-12-01T11:00:00Z"), new Date("2026-06-15T09:00:00Z")];
    const html = renderToStaticMarkup(<ActivityCalendar activity={buildActivity(completions, today)} />);
    expect(html).toContain("2026-12-01: 2 completed");
    expect(html).toContain("2026-06-15: 1 completed");
    expect(html).toContain('fill="url(#activity-empty-day)"');
    // 53 weeks of days: squares only for active days and the partial weeks, not 365 of them.
    const rects = html.match(/<rect/g)?.length ?? 0;
    expect(rects).toBeLessThan(20);
    expect(html.length).toBeLessThan(8_000);
  });

  it("puts every day of the year somewhere: the pattern's weeks plus the squares outside them", () => {
    const activity = buildActivity([], today);
    const run = longestRunOfFullWeeks(activity.weeks)!;
    const days = activity.weeks.flat().filter(Boolean).length;
    const outside = activity.weeks.filter((_, w) => w < run.from || w > run.to).flat().filter(Boolean).length;
    const html = renderToStaticMarkup(<ActivityCalendar activity={activity} />);
    // one square per day outside the run, one in the pattern, one for the patterned rectangle
    expect(html.match(/<rect/g)?.length).toBe(outside + 2);
    expect((run.to - run.from + 1) * 7 + outside).toBe(days);
  });

  it("finds the longest run of full weeks", () => {
    const full = Array(7).fill(1);
    const partial = [null, 1, 1, 1, 1, 1, 1];
    expect(longestRunOfFullWeeks([partial, full, full, partial, full])).toEqual({ from: 1, to: 2 });
    expect(longestRunOfFullWeeks([partial])).toBeNull();
  });
});
