import type { Metadata } from "next";
import { LearnerClasses } from "@/components/classes/learner-classes";
import { requireViewer } from "@/lib/auth/session";
import { listMyClasses } from "@/lib/data/memberships";

export const metadata: Metadata = { title: "Your classes" };

export default async function MyClassesPage() {
  const viewer = await requireViewer("/classes");
  const classes = await listMyClasses(viewer);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Classes</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">The classes you joined, and the paths their instructors assigned to you.</p>
      </div>
      <LearnerClasses classes={classes} returnTo="/classes" />
    </div>
  );
}
