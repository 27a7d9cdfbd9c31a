import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { deleteCustomPathAction, updateCustomPathAction } from "../actions";
import { PathBuilder } from "@/components/classes/path-builder";
import { studyOptions } from "@/components/classes/study-options";
import { ActionButton } from "@/components/ui/action-button";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Notice } from "@/components/ui/notice";
import { requireViewer } from "@/lib/auth/session";
import { getOwnCustomPath } from "@/lib/data/custom-paths";
import { idSchema } from "@/lib/validation/classes";

export const metadata: Metadata = { title: "Edit path" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function EditPathPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/instructor/paths/${encodeURIComponent(id)}`);
  if (!idSchema.safeParse(id).success) notFound();
  const path = await getOwnCustomPath(viewer, id);
  if (!path) notFound();
  const { created } = await searchParams;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <Breadcrumb items={[{ href: "/instructor", label: "Your classes" }]} />
        <h1 className="mt-1 text-2xl font-bold break-words">{path.title}</h1>
      </div>
      {created ? <Notice>Path created. Assign it to a class from the class&apos;s page.</Notice> : null}
      <PathBuilder
        action={updateCustomPathAction}
        studies={studyOptions()}
        initial={{ pathId: path.id, title: path.title, description: path.description, steps: path.steps }}
        submitLabel="Save path"
      />
      <section aria-labelledby="delete-heading" className="flex flex-col gap-2 border-t border-slate-200 pt-6 dark:border-slate-800">
        <h2 id="delete-heading" className="text-lg font-semibold">
          Delete this path
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          It is unassigned from every class. Learners keep their progress on the studies.
        </p>
        <ActionButton
          action={deleteCustomPathAction}
          fields={{ pathId: path.id }}
          label="Delete path"
          tone="danger"
          confirm={{ prompt: `Delete “${path.title}” and remove it from every class?`, confirmLabel: "Delete for good" }}
        />
      </section>
    </div>
  );
}
