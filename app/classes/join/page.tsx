import type { Metadata } from "next";
import Link from "next/link";
import { JoinForm } from "@/components/classes/join-form";
import { RosterTable } from "@/components/classes/roster-table";
import { SharedWithInstructors } from "@/components/classes/shared-with-instructors";
import { requireViewer } from "@/lib/auth/session";
import { takeJoinPreview } from "@/lib/auth/rate-limit";
import { previewJoin, type JoinPreview } from "@/lib/data/memberships";
import { DataError } from "@/lib/data/errors";
import type { Viewer } from "@/lib/data/viewer";
import { joinCodeSchema } from "@/lib/validation/classes";
import type { FormState } from "@/lib/validation/form";

export const metadata: Metadata = { title: "Join a class" };

/**
 * A join link (?code=) shows the class and the exact row its instructors will
 * see before the learner decides. Opening a link is a GET that anyone's page
 * can trigger, so it never spends the learner's join attempts: previews have a
 * budget of their own, and once it is spent the form simply shows no preview.
 */
async function lookUp(viewer: Viewer, code: string | undefined): Promise<{ preview: JoinPreview | null; initial: FormState }> {
  if (!code) return { preview: null, initial: {} };
  const values = { code };
  const parsed = joinCodeSchema.safeParse(code);
  if (!parsed.success) return { preview: null, initial: { fieldErrors: { code: [parsed.error.issues[0]!.message] }, values } };
  if (await takeJoinPreview(viewer.id)) return { preview: null, initial: { values } };
  try {
    return { preview: await previewJoin(viewer, parsed.data), initial: {} };
  } catch (error) {
    if (error instanceof DataError) return { preview: null, initial: { fieldErrors: { code: [error.message] }, values } };
    throw error;
  }
}

export default async function JoinClassPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const raw = (await searchParams).code;
  const code = typeof raw === "string" ? raw.slice(0, 40) : undefined;
  const viewer = await requireViewer(code ? `/classes/join?code=${encodeURIComponent(code)}` : "/classes/join");
  const { preview, initial } = await lookUp(viewer, code);

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold">Join a class</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">Enter the code your instructor gave you, or open their join link.</p>
      </div>

      {preview ? (
        <section aria-labelledby="preview-heading" className="flex flex-col gap-3 rounded-lg border border-blue-200 bg-blue-50 p-4 dark:border-blue-900 dark:bg-blue-950/40">
          <h2 id="preview-heading" className="text-lg font-semibold">
            {preview.name}
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Taught by {preview.instructors.join(", ")}. {preview.assignments.length === 0 ? "Nothing is assigned yet." : null}
          </p>
          {preview.alreadyMember ? (
            <p className="text-sm font-medium">
              You are already in this class.{" "}
              <Link href={`/classes/${preview.id}`} className="text-blue-700 underline dark:text-blue-400">
                Open it
              </Link>
              .
            </p>
          ) : null}
          <p className="text-sm font-medium">Once you join, this is exactly the row your instructors will see for you:</p>
          <RosterTable assignments={preview.assignments} rows={[preview.row]} caption={`What the instructors of ${preview.name} will see`} />
        </section>
      ) : null}

      <JoinForm code={code ?? ""} initial={initial} />

      <section aria-labelledby="shared-heading" className="flex flex-col gap-3">
        <h2 id="shared-heading" className="text-lg font-semibold">
          What joining shares
        </h2>
        <SharedWithInstructors name={viewer.name} email={viewer.email} />
        <p className="text-sm text-slate-700 dark:text-slate-300">You can leave a class at any time; its instructors stop seeing you at once.</p>
      </section>
    </div>
  );
}
