import Link from "next/link";
import type { Dashboard } from "@/lib/data/dashboard";
import { DashboardCard } from "./dashboard-card";

/** Completed studies per domain, out of its studies (and how many of those are written in full). */
export function ProgressByDomain({ rows }: { rows: Dashboard["byDomain"] }) {
  return (
    <DashboardCard id="by-domain" title="Progress by domain">
      <table className="mt-2 w-full text-sm">
        <thead>
          <tr className="text-left text-slate-600 dark:text-slate-400">
            <th scope="col" className="py-1 font-medium">
              Domain
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Completed
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug} className="border-t border-slate-100 dark:border-slate-800">
              <th scope="row" className="py-1.5 text-left font-normal">
                <Link href={row.href} className="hover:underline">
                  {row.title}
                </Link>
              </th>
              <td className="py-1.5 text-right tabular-nums">
                {row.completed} of {row.total}
                {row.full < row.total ? <span className="text-slate-500 dark:text-slate-400"> ({row.full} written in full)</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </DashboardCard>
  );
}
