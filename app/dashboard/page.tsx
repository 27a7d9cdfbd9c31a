import type { Metadata } from "next";
import { LearnerClasses } from "@/components/classes/learner-classes";
import { ActivitySummary } from "@/components/dashboard/activity-summary";
import { CompletedPaths } from "@/components/dashboard/completed-paths";
import { ContinueLearningCard } from "@/components/dashboard/continue-learning-card";
import { LabRuns } from "@/components/dashboard/lab-runs";
import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { PathsInProgress } from "@/components/dashboard/paths-in-progress";
import { PatternsCovered } from "@/components/dashboard/patterns-covered";
import { ProgressByDomain } from "@/components/dashboard/progress-by-domain";
import { UpdatedSinceCompleted } from "@/components/dashboard/updated-since-completed";
import { requireViewer } from "@/lib/auth/session";
import { getCatalog } from "@/lib/content/catalog";
import { getDashboard } from "@/lib/data/dashboard";
import { listRecentLabRuns } from "@/lib/data/lab-runs";
import { listMyClasses } from "@/lib/data/memberships";

export const metadata: Metadata = { title: "Your dashboard" };

export default async function DashboardPage() {
  const viewer = await requireViewer("/dashboard");
  const [d, classes, labRuns] = await Promise.all([getDashboard(viewer), listMyClasses(viewer), listRecentLabRuns(viewer)]);
  const patternTitles = Object.fromEntries(getCatalog().patterns.map((p) => [p.slug, p.title]));

  return (
    <div className="flex flex-col gap-8">
      <DashboardHeader name={viewer.name} totals={d.totals} />
      <ContinueLearningCard next={d.continueWith} />
      <LearnerClasses classes={classes} />
      <UpdatedSinceCompleted studies={d.updatedSinceCompleted} />
      <div className="grid gap-8 lg:grid-cols-2">
        <PathsInProgress paths={d.pathsInProgress} />
        <CompletedPaths paths={d.completedPaths} />
      </div>
      <ActivitySummary activity={d.activity} />
      <LabRuns runs={labRuns} />
      <div className="grid gap-8 lg:grid-cols-2">
        <ProgressByDomain rows={d.byDomain} />
        <PatternsCovered coverage={d.patterns} titles={patternTitles} />
      </div>
    </div>
  );
}
