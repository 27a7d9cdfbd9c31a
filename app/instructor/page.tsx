import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { createClassAction } from "./actions";
import { ClassList } from "@/components/classes/class-list";
import { CustomPathList } from "@/components/classes/custom-path-list";
import { buttonClass } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import { SingleFieldForm } from "@/components/ui/single-field-form";
import { requireViewer } from "@/lib/auth/session";
import { listTaughtClasses } from "@/lib/data/classes";
import { listOwnCustomPaths } from "@/lib/data/custom-paths";
import { can } from "@/lib/data/viewer";
import { CLASS_NAME_MAX } from "@/lib/validation/limits";

export const metadata: Metadata = { title: "Your classes" };

type Search = { deleted?: string; pathDeleted?: string };

export default async function InstructorPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireViewer("/instructor");
  if (!can(viewer, "read", "class", "own")) notFound();
  const [classes, paths, params] = await Promise.all([listTaughtClasses(viewer), listOwnCustomPaths(viewer), searchParams]);
  return (
    <div className="flex flex-col gap-10">
      <div>
        <h1 className="text-2xl font-bold">Your classes</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          Create a class, share its join code, assign learning paths with due dates and follow each learner&apos;s progress.
        </p>
      </div>
      {params.deleted ? <Notice>The class was deleted.</Notice> : null}
      {params.pathDeleted ? <Notice>The path was deleted.</Notice> : null}

      <section aria-labelledby="new-class-heading" className="flex flex-col gap-3">
        <h2 id="new-class-heading" className="text-lg font-semibold">
          Start a class
        </h2>
        <SingleFieldForm
          action={createClassAction}
          label="Class name"
          name="name"
          maxLength={CLASS_NAME_MAX}
          required
          autoComplete="off"
          hint="For example: Distributed Systems, spring cohort."
          submitLabel="New class"
        />
      </section>

      <section aria-labelledby="classes-heading" className="flex flex-col gap-3">
        <h2 id="classes-heading" className="text-lg font-semibold">
          Classes you teach
        </h2>
        <ClassList classes={classes} />
      </section>

      <section aria-labelledby="paths-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="paths-heading" className="text-lg font-semibold">
            Your paths
          </h2>
          <Link href="/instructor/paths/new" className={buttonClass}>
            Build a path
          </Link>
        </div>
        <CustomPathList paths={paths} />
      </section>
    </div>
  );
}
