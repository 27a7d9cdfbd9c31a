import Link from "next/link";
import type { CatalogIndex, SystemRow } from "@/lib/content/catalog-index";
import { MetricList } from "./metric-list";
import { TableScroller, linkClass, tdClass, thClass } from "./section";

function SystemCell({ row }: { row: SystemRow }) {
  return (
    <th scope="row" className={`${tdClass} text-left font-normal`}>
      <Link href={row.study.href} className={`${linkClass} font-semibold`}>
        {row.system}
      </Link>
      {row.system !== row.study.title ? (
        <span className="block text-xs text-slate-600 dark:text-slate-400">{row.study.title}</span>
      ) : null}
    </th>
  );
}

/** The seed's systems and every pattern their studies use, each linking to the pattern. */
export function PatternUsageTable({ rows }: { rows: CatalogIndex["patternUsage"] }) {
  return (
    <TableScroller label="Pattern usage table">
      <table className="w-full min-w-[32rem] border-collapse">
        <caption className="sr-only">Architecture patterns each system uses</caption>
        <thead>
          <tr>
            <th scope="col" className={`${thClass} w-40`}>System</th>
            <th scope="col" className={thClass}>Key patterns used</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.system}>
              <SystemCell row={row} />
              <td className={tdClass}>
                <ul className="flex flex-wrap gap-1.5">
                  {row.patterns.map((p) => (
                    <li key={p.slug}>
                      <Link
                        href={p.href}
                        className="chip-link"
                      >
                        {p.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}

/** The seed's systems with their published scale figures (dated) and architecture highlights. */
export function ScaleComparisonTable({ rows }: { rows: CatalogIndex["scaleComparison"] }) {
  return (
    <TableScroller label="Scale comparison table">
      <table className="w-full min-w-[40rem] border-collapse">
        <caption className="sr-only">Published scale figures and architecture highlights of each system</caption>
        <thead>
          <tr>
            <th scope="col" className={`${thClass} w-40`}>System</th>
            <th scope="col" className={thClass}>Scale metrics (year published)</th>
            <th scope="col" className={thClass}>Architecture highlights</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.system}>
              <SystemCell row={row} />
              <td className={tdClass}>
                <MetricList metrics={row.metrics} empty="This study records no scale figure yet." />
              </td>
              <td className={tdClass}>
                <ul className="list-disc space-y-1 pl-4 text-slate-700 dark:text-slate-300">
                  {row.highlights.map((h) => (
                    <li key={h}>{h}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
