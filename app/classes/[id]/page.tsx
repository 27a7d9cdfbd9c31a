import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentProgressItem, LeaveClassButton } from "@/components/classes/learner-classes";
import { RosterTable } from "@/components/classes/roster-table";
import { SharedWithInstructors } from "@/components/classes/shared-with-instructors";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { formatDay } from "@/components/ui/format-day";
import { Notice } from "@/components/ui/notice";
import { requireViewer } from "@/lib/auth/session";
import { formatMinutes } from "@/lib/content/labels";
import { getMyClass } from "@/lib/data/memberships";
import { idSchema } from "@/lib/validation/classes";

export const metadata: Metadata = { title: "Your class" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ joined?: string }> };

/** A class from the learner's side: what its instructors see about them, and the assigned paths step by step. */
export default async function MyClassPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/classes/${encodeURIComponent(id)}`);
  if (!idSchema.safeParse(id).success) notFound();
  const mine = await getMyClass(viewer, id);
  if (!mine) notFound();
  const { joined } = await searchParams;
  const done = new Set(mine.completedStudyIds);

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-8">
      <div>
        <Breadcrumb items={[{ href: "/classes", label: "Classes" }]} />
        <h1 className="mt-1 text-2xl font-bold break-words">{mine.name}</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          Taught by {mine.instructors.join(", ")} · you joined <time dateTime={mine.joinedAt.toISOString()}>{formatDay(mine.joinedAt)}</time>
        </p>
      </div>
      {joined ? <Notice>You joined {mine.name}. Below is exactly what its instructors see about you.</Notice> : null}

      <section aria-labelledby="seen-heading" className="flex flex-col gap-3">
        <h2 id="seen-heading" className="text-lg font-semibold">
          What your instructors see
        </h2>
        <RosterTable assignments={mine.assignments} rows={[mine.row]} caption="Your row in the class roster, as your instructors see it" />
        <SharedWithInstructors name={viewer.name} email={viewer.email} />
      </section>

      <section aria-labelledby="assigned-heading" className="flex flex-col gap-4">
        <h2 id="assigned-heading" className="text-lg font-semibold">
          Assigned paths
        </h2>
        {mine.assignments.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">Nothing is assigned yet. Paths your instructors assign appear here and on your dashboard.</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {mine.assignments.map((a) => (
              <li key={a.id} id={`assignment-${a.id}`} className="scroll-mt-24 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                <h3 className="sr-only">{a.path.title}</h3>
                <AssignmentProgressItem assignment={a} />
                {a.challenge ? (
                  <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
                    {a.challenge.goal} Run it in the lab and submit the run; the site runs it again to check it.
                  </p>
                ) : null}
                <ol className="mt-3 flex flex-col gap-1 text-sm">
                  {a.path.steps.map((s, i) => (
                    <li key={s.id} className="flex items-baseline gap-2">
                      <span className="w-5 text-right tabular-nums text-slate-600 dark:text-slate-400">{i + 1}.</span>
                      <Link href={s.href} className="text-blue-700 underline dark:text-blue-400">
                        {s.title}
                      </Link>
                      <span className="text-slate-600 dark:text-slate-400">{formatMinutes(s.minutes)}</span>
                      {done.has(s.id) ? <span className="font-medium text-green-800 dark:text-green-300">Completed</span> : null}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="leave-heading" className="flex flex-col gap-2 border-t border-slate-200 pt-6 dark:border-slate-800">
        <h2 id="leave-heading" className="text-lg font-semibold">
          Leave this class
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">Your progress stays yours; the instructors just stop seeing it.</p>
        <LeaveClassButton classId={mine.id} name={mine.name} returnTo="/classes" />
      </section>
    </div>
  );
}
