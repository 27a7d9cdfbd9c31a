import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Chart } from "@/lib/labs";
import { LabChart, scaleFor } from "./lab-chart";
import { describeGap } from "./format";

const line: Chart = {
  title: "Keys moved against tokens per node",
  type: "line",
  x: { label: "Tokens per node", unit: "", scale: "log" },
  y: { label: "Keys moved", unit: "%" },
  series: [
    { name: "measured", kind: "measured", points: [1, 10, 100, 1000].map((x, i) => ({ x, y: 12 - i })) },
    { name: "1/(n+1)", kind: "expected", points: [1, 1000].map((x) => ({ x, y: 9.09 })) },
  ],
};

describe("LabChart", () => {
  it("draws each series once, expected ones dashed, with its title and axis labels", () => {
    const html = renderToStaticMarkup(<LabChart chart={line} titleId="t" />);
    expect(html).toContain('<title id="t">Keys moved against tokens per node</title>');
    expect(html).toContain('role="img"');
    expect(html.match(/<path /g)).toHaveLength(2);
    expect(html.match(/stroke-dasharray="6 4"/g)).toHaveLength(1);
    expect(html).toContain("Keys moved (%)");
    expect(html).toContain("1/(n+1) (expected)");
    // A log axis ticks at powers of ten.
    for (const tick of [">1<", ">10<", ">100<", ">1K<"]) expect(html).toContain(tick);
  });

  it("draws bars per category and series, and skips points that are not numbers", () => {
    const bars: Chart = {
      title: "Accepted per limiter",
      type: "bar",
      x: { label: "Client", unit: "" },
      y: { label: "Accepted", unit: "requests/s" },
      series: [
        { name: "token bucket", kind: "measured", points: [{ x: 1, y: 10 }, { x: 2, y: Number.NaN }] },
        { name: "sliding window", kind: "measured", points: [{ x: 1, y: 8 }, { x: 2, y: 4 }] },
      ],
    };
    const html = renderToStaticMarkup(<LabChart chart={bars} titleId="b" />);
    expect(html.match(/<rect /g)).toHaveLength(3);
    expect(html).not.toContain("NaN");
  });
});

describe("scaleFor", () => {
  it("ticks a linear axis at round steps from zero, and maps the ends of the range to the ends of the axis", () => {
    const scale = scaleFor([3, 47], { label: "y", unit: "" }, 100, { zero: true });
    expect(scale.ticks).toEqual([0, 10, 20, 30, 40, 50]);
    expect(scale.at(0)).toBe(0);
    expect(scale.at(50)).toBe(100);
  });
});

describe("describeGap", () => {
  it("says how far the prediction was, and which way", () => {
    expect(describeGap(9.5, 9.09, "%")).toBe("Close: your prediction is within 5% of the measurement.");
    expect(describeGap(25, 9.09, "%")).toBe("Your prediction is 15.91 percentage points above the measurement (2.75 times the measured value).");
    expect(describeGap(100, 400, "requests")).toBe("Your prediction is 300 requests below the measurement (0.25 times the measured value).");
    expect(describeGap(10, Number.NaN, "ms")).toMatch(/never reached/);
  });
});
