/**
 * The shape every lab result shares, so one chart component and one table
 * component can render any lab. Charts carry raw numbers; tables carry values
 * already rounded for reading, because a table is what a screen reader reads
 * out and what a learner copies.
 */
export interface Axis {
  label: string;
  unit: string;
  scale?: "linear" | "log";
}

export interface Point {
  x: number;
  y: number;
}

export interface Series {
  name: string;
  /** "expected" series come from a formula, not the run; draw them as a reference (dashed). */
  kind: "measured" | "expected";
  points: readonly Point[];
}

export interface Chart {
  title: string;
  /** "step" holds each value until the next point (a counter over time); "bar" is for discrete x. */
  type: "line" | "step" | "bar";
  x: Axis;
  y: Axis;
  series: readonly Series[];
}

export interface Column {
  label: string;
  unit?: string;
}

export type Cell = string | number;

export interface Table {
  caption: string;
  columns: readonly Column[];
  rows: readonly (readonly Cell[])[];
}

/** A chart and the table that says the same thing in text, shown side by side. */
export interface Figure {
  id: string;
  chart: Chart;
  table: Table;
}

/** A headline number of a run. */
export interface Metric {
  label: string;
  /** NaN when the run never got there (no leader elected, a backlog never drained). */
  value: number;
  unit: string;
}

export interface LabResult {
  metrics: readonly Metric[];
  figures: readonly Figure[];
}

/** Rounds for display; keeps integers as they are. */
export function round(value: number, digits = 2): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return value;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/**
 * The usual text equivalent of a chart: one row per x value, one column per
 * series. A series without a point at some x leaves that cell empty.
 */
export function tableFromChart(chart: Chart, caption: string, digits = 2): Table {
  const xs = [...new Set(chart.series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const lookups = chart.series.map((s) => new Map(s.points.map((p) => [p.x, p.y])));
  return {
    caption,
    columns: [
      { label: chart.x.label, unit: chart.x.unit },
      ...chart.series.map((s) => ({ label: s.name, unit: chart.y.unit })),
    ],
    rows: xs.map((x) => [
      round(x, digits),
      ...lookups.map((values) => {
        const y = values.get(x);
        return y === undefined ? "" : round(y, digits);
      }),
    ]),
  };
}
