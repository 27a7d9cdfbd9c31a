"use client";

import { useEffect, useState } from "react";
import { labChallengesAction, submitChallengeAttemptAction } from "@/app/case-studies/actions";
import type { LabChallenge } from "@/lib/data/challenge-attempts";
import { challengeLabel } from "@/lib/learning/challenge-standing";
import { secondaryButtonClass } from "@/components/ui/form";

/** The run a learner can submit: the parameters and seed the lab last ran. */
export type LastRun = { params: Record<string, unknown>; seed: number };

type Submission = { status: "idle" | "submitting" } | { status: "done"; met: boolean; text: string } | { status: "failed"; message: string };

/** The challenges the learner's classes set on this lab; none (and no request) for visitors who are signed out. */
export function useLabChallenges(labId: string, signedIn: boolean): [LabChallenge[], (next: LabChallenge) => void] {
  const [challenges, setChallenges] = useState<LabChallenge[]>([]);
  useEffect(() => {
    if (!signedIn) return;
    let current = true;
    labChallengesAction(labId).then(
      (result) => {
        if (current && result.ok) setChallenges(result.data);
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [labId, signedIn]);
  const replace = (next: LabChallenge) => setChallenges((list) => list.map((c) => (c.assignmentId === next.assignmentId ? next : c)));
  return [challenges, replace];
}

function ChallengeCard({
  challenge: c,
  lastRun,
  onUseSettings,
  onStanding,
}: {
  challenge: LabChallenge;
  lastRun: LastRun | null;
  onUseSettings: (fixed: Record<string, unknown>, seed: number) => void;
  onStanding: (next: LabChallenge) => void;
}) {
  const [submission, setSubmission] = useState<Submission>({ status: "idle" });
  const headingId = `challenge-${c.assignmentId}`;

  function submit() {
    if (!lastRun) return;
    setSubmission({ status: "submitting" });
    submitChallengeAttemptAction({ assignmentId: c.assignmentId, params: lastRun.params, seed: lastRun.seed }).then(
      (result) => {
        if (!result.ok) {
          setSubmission({ status: "failed", message: result.message });
          return;
        }
        const { outcome, standing } = result.data;
        onStanding({ ...c, standing });
        setSubmission({ status: "done", met: outcome.met, text: `${outcome.met ? "Met" : "Not met"}: ${outcome.detail}.` });
      },
      () => setSubmission({ status: "failed", message: "The run could not be submitted. Check your connection and try again." }),
    );
  }

  return (
    <section aria-labelledby={headingId} className="rounded-md border border-violet-200 bg-violet-50 p-4 dark:border-violet-900 dark:bg-violet-950/40">
      <h4 id={headingId} className="font-semibold text-slate-900 dark:text-slate-100">
        Challenge from {c.className}: {c.title}
      </h4>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{c.goal}</p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Set with {c.pathTitle}. Your standing: {challengeLabel(c.standing)}
        {c.standing.attempts > 0 ? ` (${c.standing.attempts} ${c.standing.attempts === 1 ? "attempt" : "attempts"})` : ""}.
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" className={secondaryButtonClass} onClick={() => onUseSettings(c.fixed, c.seed)}>
          Use the challenge&apos;s settings
        </button>
        <button type="button" className={secondaryButtonClass} onClick={submit} disabled={!lastRun || submission.status === "submitting"}>
          {submission.status === "submitting" ? "Submitting…" : lastRun ? `Submit this run (seed ${lastRun.seed})` : "Run the lab to submit"}
        </button>
      </div>
      <p role="status" className="mt-2 text-sm">
        {submission.status === "done" ? (
          <span className={submission.met ? "text-green-800 dark:text-green-300" : "text-amber-900 dark:text-amber-200"}>
            Checked on the server by running it again. {submission.text}
          </span>
        ) : submission.status === "failed" ? (
          <span className="text-red-700 dark:text-red-400">{submission.message}</span>
        ) : null}
      </p>
    </section>
  );
}

/** One card per challenge the learner's classes set on this lab. */
export function LabChallenges({
  challenges,
  lastRun,
  onUseSettings,
  onStanding,
}: {
  challenges: LabChallenge[];
  lastRun: LastRun | null;
  onUseSettings: (fixed: Record<string, unknown>, seed: number) => void;
  onStanding: (next: LabChallenge) => void;
}) {
  if (challenges.length === 0) return null;
  return (
    <div className="flex flex-col gap-3">
      {challenges.map((c) => (
        <ChallengeCard key={c.assignmentId} challenge={c} lastRun={lastRun} onUseSettings={onUseSettings} onStanding={onStanding} />
      ))}
    </div>
  );
}
