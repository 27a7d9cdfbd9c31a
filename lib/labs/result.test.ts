import { describe, expect, it } from "vitest";
import { type Chart, round, tableFromChart } from "./result";

describe("tableFromChart", () => {
  it("puts one row per x and one column per series, leaving a cell empty where a series has no point", () => {
    const chart: Chart = {
      title: "t",
      type: "line",
      x: { label: "Size", unit: "entries" },
      y: { label: "Hit ratio", unit: "%" },
      series: [
        { name: "LRU", kind: "measured", points: [{ x: 10, y: 41.234 }, { x: 1, y: 3 }] },
        { name: "Ideal", kind: "expected", points: [{ x: 10, y: 50 }] },
      ],
    };
    expect(tableFromChart(chart, "caption")).toEqual({
      caption: "caption",
      columns: [
        { label: "Size", unit: "entries" },
        { label: "LRU", unit: "%" },
        { label: "Ideal", unit: "%" },
      ],
      rows: [
        [1, 3, ""],
        [10, 41.23, 50],
      ],
    });
  });
});

describe("round", () => {
  it("rounds for display and leaves whole and non-finite numbers alone", () => {
    expect(round(2.34567)).toBe(2.35);
    expect(round(2.34567, 0)).toBe(2);
    expect(round(12)).toBe(12);
    expect(round(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(round(Number.NaN)).toBeNaN();
  });
});
