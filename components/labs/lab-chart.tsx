import type { Axis, Chart, Point, Series } from "@/lib/labs";

/**
 * A lab's chart as plain SVG: a pure function of the chart's numbers, so it
 * renders the same on the server and in the browser and needs no chart
 * library. Measured series are solid, expected ones (from a formula) dashed.
 * The table beside it carries the same numbers for screen readers.
 */

// About the size it is drawn at on a wide screen, so that its 13 px labels stay readable; narrower screens scale it down.
const WIDTH = 480;
const HEIGHT = 270;
const MARGIN = { top: 12, right: 16, bottom: 46, left: 58 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;

/** Stroke and fill classes per measured series, in order; expected series are drawn in slate. */
const TONES = [
  "stroke-blue-600 fill-blue-600 dark:stroke-blue-400 dark:fill-blue-400",
  "stroke-amber-600 fill-amber-600 dark:stroke-amber-400 dark:fill-amber-400",
  "stroke-emerald-600 fill-emerald-600 dark:stroke-emerald-400 dark:fill-emerald-400",
  "stroke-fuchsia-600 fill-fuchsia-600 dark:stroke-fuchsia-400 dark:fill-fuchsia-400",
];
const EXPECTED_TONE = "stroke-slate-500 fill-slate-500 dark:stroke-slate-400 dark:fill-slate-400";

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 2 });

/** Tones for a chart's series, the same in the chart and its legend. */
export function seriesTones(series: readonly Series[]): string[] {
  let measured = 0;
  return series.map((s) => (s.kind === "expected" ? EXPECTED_TONE : TONES[measured++ % TONES.length]!));
}

type Scale = { at: (v: number) => number; ticks: number[] };

/** A round step for about `count` ticks over `span`: 1, 2 or 5 times a power of ten. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

export function scaleFor(values: number[], axis: Axis, length: number, { zero }: { zero: boolean }): Scale {
  const finite = values.filter(Number.isFinite);
  if (axis.scale === "log") {
    const positive = finite.filter((v) => v > 0);
    const lo = Math.floor(Math.log10(Math.min(...positive, 1)));
    const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(...positive, 10))));
    const ticks = Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
    return { at: (v) => ((Math.log10(Math.max(v, 10 ** lo)) - lo) / (hi - lo)) * length, ticks };
  }
  let lo = Math.min(...finite, zero ? 0 : Infinity);
  let hi = Math.max(...finite, zero ? 0 : -Infinity);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const step = niceStep(hi - lo, 5);
  const first = Math.floor(lo / step) * step;
  const last = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let v = first; v <= last + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { at: (v) => ((v - first) / (last - first)) * length, ticks };
}

function linePath(points: readonly Point[], x: (v: number) => number, y: (v: number) => number, step: boolean): string {
  const finite = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  return finite
    .map((p, i) => {
      const px = x(p.x).toFixed(1);
      const py = y(p.y).toFixed(1);
      if (i === 0) return `M${px} ${py}`;
      return step ? `H${px}V${py}` : `L${px} ${py}`;
    })
    .join("");
}

const axisLabel = (axis: Axis) => (axis.unit ? `${axis.label} (${axis.unit})` : axis.label);

export function LabChart({ chart, titleId }: { chart: Chart; titleId: string }) {
  const tones = seriesTones(chart.series);
  const xs = chart.series.flatMap((s) => s.points.map((p) => p.x));
  const ys = chart.series.flatMap((s) => s.points.map((p) => p.y));
  const bars = chart.type === "bar";
  const categories = bars ? [...new Set(xs)].sort((a, b) => a - b) : [];
  const xScale = bars
    ? { at: (v: number) => ((categories.indexOf(v) + 0.5) / categories.length) * PLOT_W, ticks: categories }
    : scaleFor(xs, chart.x, PLOT_W, { zero: false });
  const yScale = scaleFor(ys, chart.y, PLOT_H, { zero: chart.y.scale !== "log" });
  const x = (v: number) => MARGIN.left + xScale.at(v);
  const y = (v: number) => MARGIN.top + PLOT_H - yScale.at(v);
  const barWidth = bars ? (PLOT_W / categories.length) * (0.8 / chart.series.length) : 0;

  return (
    <figure className="lab-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} className="h-auto w-full text-slate-600 dark:text-slate-300">
        <title id={titleId}>{chart.title}</title>
        <g className="stroke-slate-200 dark:stroke-slate-700" strokeWidth="1">
          {yScale.ticks.map((t) => (
            <line key={`y${t}`} x1={MARGIN.left} x2={MARGIN.left + PLOT_W} y1={y(t)} y2={y(t)} />
          ))}
        </g>
        <g className="fill-current text-[13px]">
          {yScale.ticks.map((t) => (
            <text key={`yl${t}`} x={MARGIN.left - 6} y={y(t)} textAnchor="end" dominantBaseline="middle">
              {compact.format(t)}
            </text>
          ))}
          {xScale.ticks.map((t) => (
            <text key={`xl${t}`} x={x(t)} y={MARGIN.top + PLOT_H + 16} textAnchor="middle">
              {compact.format(t)}
            </text>
          ))}
          <text x={MARGIN.left + PLOT_W / 2} y={HEIGHT - 6} textAnchor="middle">
            {axisLabel(chart.x)}
          </text>
          <text transform={`translate(14 ${MARGIN.top + PLOT_H / 2}) rotate(-90)`} textAnchor="middle" dominantBaseline="middle">
            {axisLabel(chart.y)}
          </text>
        </g>
        <line x1={MARGIN.left} x2={MARGIN.left + PLOT_W} y1={MARGIN.top + PLOT_H} y2={MARGIN.top + PLOT_H} className="stroke-slate-400 dark:stroke-slate-500" />
        {chart.series.map((s, i) =>
          bars ? (
            <g key={s.name} className={tones[i]} data-series={s.name}>
              {s.points
                .filter((p) => Number.isFinite(p.y))
                .map((p) => (
                  <rect
                    key={p.x}
                    x={x(p.x) - (barWidth * chart.series.length) / 2 + i * barWidth}
                    width={barWidth}
                    y={Math.min(y(p.y), y(0))}
                    height={Math.abs(y(0) - y(p.y))}
                    strokeWidth="0"
                    fillOpacity={s.kind === "expected" ? 0.35 : 0.9}
                  />
                ))}
            </g>
          ) : (
            <path
              key={s.name}
              data-series={s.name}
              d={linePath(s.points, x, y, chart.type === "step")}
              className={tones[i]}
              fill="none"
              strokeWidth="2"
              strokeDasharray={s.kind === "expected" ? "6 4" : undefined}
              style={{ fill: "none" }}
            />
          ),
        )}
      </svg>
      <figcaption>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
          {chart.series.map((s, i) => (
            <li key={s.name} className="flex items-center gap-1.5">
              <svg width="20" height="8" aria-hidden="true" className={tones[i]}>
                <line x1="0" x2="20" y1="4" y2="4" strokeWidth="2" strokeDasharray={s.kind === "expected" ? "4 3" : undefined} />
              </svg>
              {s.name}
              {s.kind === "expected" ? " (expected)" : ""}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
