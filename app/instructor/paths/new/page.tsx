import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { notFound } from "next/navigation";
import { createCustomPathAction } from "../actions";
import { PathBuilder } from "@/components/classes/path-builder";
import { studyOptions } from "@/components/classes/study-options";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/data/viewer";

export const metadata: Metadata = { title: "Build a path" };

export default async function NewPathPage() {
  const viewer = await requireViewer("/instructor/paths/new");
  if (!can(viewer, "create", "custom-path", "own")) notFound();
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <Breadcrumb items={[{ href: "/instructor", label: "Your classes" }]} />
        <h1 className="mt-1 text-2xl font-bold">Build a path</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          Choose studies and put them in the order your learners should read them. Only the classes you assign it to see it.
        </p>
      </div>
      <PathBuilder action={createCustomPathAction} studies={studyOptions()} initial={{ title: "", description: "", steps: [] }} submitLabel="Create path" />
    </div>
  );
}
