import type { Figure } from "@/lib/labs";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { LabChart } from "./lab-chart";

const number = new Intl.NumberFormat("en", { maximumFractionDigits: 4 });

/** A lab figure: its chart and, beside it on wide screens (below on a phone), the table that says the same in text. */
export function LabFigure({ figure, idPrefix }: { figure: Figure; idPrefix: string }) {
  const { chart, table } = figure;
  return (
    <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
      <div>
        <h5 className="mb-2 text-sm font-semibold text-slate-900 dark:text-slate-100">{chart.title}</h5>
        <LabChart chart={chart} titleId={`${idPrefix}-chart`} />
      </div>
      <ScrollRegion label={table.caption} className="max-h-96 overflow-y-auto">
        <table className="w-full text-left text-xs tabular-nums">
          <caption className="mb-1 text-left text-xs font-medium text-slate-700 dark:text-slate-300">{table.caption}</caption>
          <thead className="sticky top-0 bg-white dark:bg-slate-950">
            <tr>
              {table.columns.map((c) => (
                <th key={c.label} scope="col" className="border-b border-slate-300 px-2 py-1 font-semibold dark:border-slate-600">
                  {c.label}
                  {c.unit ? <span className="font-normal text-slate-600 dark:text-slate-400"> ({c.unit})</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i} className="border-b border-slate-100 dark:border-slate-800">
                {row.map((cell, j) => (
                  <td key={j} className="px-2 py-1">
                    {typeof cell === "number" ? (Number.isFinite(cell) ? number.format(cell) : "–") : cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
