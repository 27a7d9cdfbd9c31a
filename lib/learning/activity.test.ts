import { describe, expect, it } from "vitest";
import { buildActivity } from "./activity";

describe("buildActivity", () => {
  const today = new Date("2026-11-28T15:00:00Z");

  it("counts completions per day and per month within the last year only", () => {
    const a = buildActivity(
      [new Date("2026-11-28T01:00:00Z"), new Date("2026-11-28T20:00:00Z"), new Date("2026-03-02T10:00:00Z"), new Date("2025-06-01T10:00:00Z")],
      today,
    );
    expect(a.total).toBe(3);
    expect(a.months).toHaveLength(12);
    expect(a.months.at(-1)).toEqual({ label: "Nov 2026", count: 2 });
    expect(a.months.find((m) => m.label === "Mar 2026")?.count).toBe(1);
    const days = a.weeks.flat().filter((d) => d !== null);
    expect(days).toHaveLength(365);
    expect(days.at(-1)).toEqual({ date: "2026-11-28", count: 2 });
  });

  it("lays weeks out Sunday first, padding days outside the year with null", () => {
    const a = buildActivity([], today);
    expect(a.weeks.every((w) => w.length === 7)).toBe(true);
    expect(new Date(`${a.weeks[0]!.find((d) => d)!.date}T00:00:00Z`).getTime()).toBe(new Date("2025-11-29T00:00:00Z").getTime());
  });
});
