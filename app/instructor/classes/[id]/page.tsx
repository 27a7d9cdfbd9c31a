import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { notFound } from "next/navigation";
import { AssignForm, type PathOption, type PathOptionGroup } from "@/components/classes/assign-form";
import { AssignmentList } from "@/components/classes/assignment-list";
import { ClassSettings } from "@/components/classes/class-settings";
import { InstructorPanel } from "@/components/classes/instructor-panel";
import { JoinCodePanel } from "@/components/classes/join-code-panel";
import { RemoveLearner } from "@/components/classes/remove-learner";
import { RosterSummary } from "@/components/classes/roster-summary";
import { RosterPager } from "@/components/classes/roster-pager";
import { RosterTable } from "@/components/classes/roster-table";
import { secondaryButtonClass } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { requireViewer } from "@/lib/auth/session";
import { getCatalog } from "@/lib/content/catalog";
import { listClassRoster } from "@/lib/data/class-roster";
import { listOwnCustomPaths } from "@/lib/data/custom-paths";
import { challenges, findLab } from "@/lib/labs";
import { pageOfRoster, sortRoster } from "@/lib/learning/roster";
import { DEFAULT_ROSTER_SORT, idSchema, parseRosterPage, parseRosterSort } from "@/lib/validation/classes";

export const metadata: Metadata = { title: "Class roster" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ sort?: string; dir?: string; page?: string; created?: string }> };

function pathGroups(custom: { id: string; title: string }[]): PathOptionGroup[] {
  const paths = getCatalog().paths;
  const option = (p: (typeof paths)[number]) => ({ value: p.slug, label: `${p.title} (${p.steps.length} studies)` });
  return [
    { label: "Learning tracks", options: paths.filter((p) => p.kind === "track").map(option) },
    { label: "Domain paths", options: paths.filter((p) => p.kind === "domain").map(option) },
    { label: "Your paths", options: custom.map((p) => ({ value: `custom:${p.id}`, label: p.title })) },
  ];
}

/** Every lab challenge, named with its lab's study so an instructor can match it to a path. */
function challengeOptions(): PathOption[] {
  const { studyById } = getCatalog();
  return challenges.flatMap((c) => {
    const lab = findLab(c.labId);
    const study = lab ? studyById.get(lab.study) : undefined;
    return study ? [{ value: c.id, label: `${c.title} (${study.title})` }] : [];
  });
}

async function siteOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

export default async function ClassRosterPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/instructor/classes/${encodeURIComponent(id)}`);
  if (!idSchema.safeParse(id).success) notFound();
  const roster = await listClassRoster(viewer, id);
  if (!roster) notFound();
  const [custom, query, origin] = await Promise.all([listOwnCustomPaths(viewer), searchParams, siteOrigin()]);
  const parsed = parseRosterSort(query);
  const sorted = sortRoster(roster.rows, roster.assignments, parsed.sort);
  const sort = sorted.applied ? parsed.sort : DEFAULT_ROSTER_SORT;
  const requestedPage = parseRosterPage(query.page);
  const page = pageOfRoster(sorted.rows, requestedPage.page);
  const today = new Date().toISOString().slice(0, 10);
  const learners = roster.rows.length;
  const options = challengeOptions();

  return (
    <div className="flex flex-col gap-10">
      <div>
        <Breadcrumb items={[{ href: "/instructor", label: "Your classes" }]} />
        <h1 className="mt-1 text-2xl font-bold break-words">{roster.name}</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          {learners} {learners === 1 ? "learner" : "learners"} · {roster.assignments.length}{" "}
          {roster.assignments.length === 1 ? "assignment" : "assignments"} · taught by {roster.instructors.map((i) => i.name).join(", ")}
        </p>
      </div>
      {query.created ? <Notice>Class created. Share the join code or link below with your learners.</Notice> : null}

      <section aria-labelledby="join-heading" className="flex flex-col gap-3">
        <h2 id="join-heading" className="text-lg font-semibold">
          Joining
        </h2>
        <JoinCodePanel classId={roster.id} joinCode={roster.joinCode} joinEnabled={roster.joinEnabled} origin={origin} />
      </section>

      <section aria-labelledby="assignments-heading" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="assignments-heading" className="text-lg font-semibold">
            Assignments
          </h2>
          <Link href="/instructor/paths/new" className="text-sm font-medium text-blue-700 underline dark:text-blue-400">
            Build your own path
          </Link>
        </div>
        <AssignForm classId={roster.id} groups={pathGroups(custom)} challenges={options} minDate={today} />
        <AssignmentList assignments={roster.assignments} challenges={options} minDate={today} />
      </section>

      <section aria-labelledby="roster-heading" id="roster" className="flex scroll-mt-24 flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="roster-heading" className="text-lg font-semibold">
            Roster
          </h2>
          <a href={`/instructor/classes/${roster.id}/roster.csv`} className={secondaryButtonClass} download>
            Download CSV
          </a>
        </div>
        <RosterSummary assignments={roster.assignments} summaries={roster.summaries} />
        {parsed.ignored || !sorted.applied ? (
          <p role="status" className="text-sm text-amber-900 dark:text-amber-200">
            That sort order is not available, so the roster is sorted by name.
          </p>
        ) : null}
        {requestedPage.ignored || page.clamped ? (
          <p role="status" className="text-sm text-amber-900 dark:text-amber-200">
            There is no such page of the roster, so page {page.page} of {page.pages} is shown.
          </p>
        ) : null}
        {learners === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-700 dark:border-slate-700 dark:text-slate-300">
            No learners yet. They appear here as soon as they join with the code.
          </p>
        ) : (
          <>
            <RosterTable
              assignments={roster.assignments}
              rows={page.rows}
              caption={`Roster of ${roster.name}: ${learners} ${learners === 1 ? "learner" : "learners"}${page.pages > 1 ? `, ${page.first} to ${page.last} shown` : ""}`}
              manage={{ classId: roster.id, sort }}
            />
            <RosterPager classId={roster.id} sort={sort} page={page} />
          </>
        )}
        {learners > 0 ? <RemoveLearner classId={roster.id} rows={roster.rows} /> : null}
        <p className="text-sm text-slate-600 dark:text-slate-400">
          You see each learner&apos;s progress on the paths assigned here, and nothing else: not their bookmarks, notes or other paths.
        </p>
      </section>

      <section aria-labelledby="instructors-heading" className="flex flex-col gap-3">
        <h2 id="instructors-heading" className="text-lg font-semibold">
          Instructors
        </h2>
        <InstructorPanel classId={roster.id} instructors={roster.instructors} viewerId={viewer.id} ownerId={roster.ownerId} />
      </section>

      <section aria-labelledby="settings-heading" className="flex flex-col gap-3">
        <h2 id="settings-heading" className="text-lg font-semibold">
          Settings
        </h2>
        <ClassSettings classId={roster.id} name={roster.name} isOwner={roster.ownerId === viewer.id} />
      </section>
    </div>
  );
}
