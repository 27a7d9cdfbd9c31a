"use client";

import { useCallback, useEffect, useRef } from "react";
import { openStudyAction, setCompletedAction } from "@/app/case-studies/actions";
import { BookmarkButton } from "./bookmark-button";
import { useSignedInState } from "./learner-state";
import { ProgressBadge } from "./progress-badge";
import { SignInPrompt } from "./sign-in-prompt";
import { useLearnerAction } from "./use-learner-action";

// Input only: a scroll event also comes from the page itself (a link to a
// section, the router restoring a position), which is not the learner.
const ENGAGEMENT_EVENTS = ["wheel", "keydown", "pointerdown", "touchstart"] as const;

/**
 * Whether this page was reached from inside the site: a client-side navigation
 * (the document was loaded for another path) or a same-origin referrer.
 */
function arrivedFromThisSite(): boolean {
  const entry = performance.getEntriesByType("navigation")[0];
  const loadedFor = entry ? new URL(entry.name).pathname : location.pathname;
  if (loadedFor !== location.pathname) return true;
  try {
    return document.referrer !== "" && new URL(document.referrer).origin === location.origin;
  } catch {
    return false;
  }
}

/**
 * Calls `onEngaged` once the learner is really here: at once when they came
 * from inside the site or have already scrolled (before the page's scripts
 * had loaded, which no listener could see; a link to a section scrolls by
 * itself, so it does not count), otherwise at their first wheel, key, click
 * or touch. So a link or pop-up from another site never changes their
 * progress by itself.
 */
function useEngagement(active: boolean, onEngaged: () => void): void {
  useEffect(() => {
    if (!active) return;
    if (arrivedFromThisSite() || (window.scrollY > 0 && location.hash === "")) {
      onEngaged();
      return;
    }
    const engage = () => {
      for (const type of ENGAGEMENT_EVENTS) window.removeEventListener(type, engage);
      onEngaged();
    };
    for (const type of ENGAGEMENT_EVENTS) window.addEventListener(type, engage, { passive: true });
    return () => {
      for (const type of ENGAGEMENT_EVENTS) window.removeEventListener(type, engage);
    };
  }, [active, onEngaged]);
}

type Props = { studyId: string; version: number; preview: boolean };

/**
 * The study page's per-user controls. Rendered on the client so the article
 * stays prerendered.
 */
export function StudyActions(props: Props) {
  const { status } = useSignedInState();
  if (status === "loading") return <div className="h-9" aria-hidden="true" />;
  if (status === "signed-out") {
    return <SignInPrompt className="text-sm text-slate-700 dark:text-slate-300">to track your progress and bookmark this study.</SignInPrompt>;
  }
  return <LearnerStudyActions {...props} />;
}

/** Complete, undo and bookmark. Reading the study marks it in progress (useEngagement). */
function LearnerStudyActions({ studyId, version, preview }: Props) {
  const { progress, apply, reload } = useSignedInState();
  const { pending, error, run } = useLearnerAction("Could not save your progress. Try again.");
  const opened = useRef(false);
  const entry = progress[studyId];

  const recordOpen = useCallback(() => {
    if (opened.current) return;
    opened.current = true;
    void openStudyAction(studyId).then((r) => r.ok && apply(studyId, r.data));
  }, [studyId, apply]);
  useEngagement(!entry, recordOpen);

  function setCompleted(completed: boolean) {
    run(
      () => setCompletedAction(studyId, completed),
      (state) => {
        apply(studyId, state);
        reload(); // a path that this study completes (or reopens) changes too
      },
    );
  }

  const completed = entry?.status === "completed";
  const outdated = completed && entry?.completedVersion !== null && (entry?.completedVersion ?? 0) < version;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        {completed ? (
          <>
            <span className="inline-flex items-center gap-1 rounded-md bg-green-100 px-2.5 py-1 text-sm font-semibold text-green-900 dark:bg-green-900/60 dark:text-green-100">
              <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="3">
                <path d="M5 13l4 4L19 7" />
              </svg>
              Completed
            </span>
            <button
              type="button"
              onClick={() => setCompleted(false)}
              disabled={pending}
              className="text-sm font-medium text-slate-700 underline hover:text-slate-900 disabled:opacity-60 dark:text-slate-300 dark:hover:text-white"
            >
              Mark as not complete
            </button>
          </>
        ) : preview ? (
          <span className="text-sm text-slate-700 dark:text-slate-300">Previews cannot be marked complete yet.</span>
        ) : (
          <button
            type="button"
            onClick={() => setCompleted(true)}
            disabled={pending}
            className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800 disabled:opacity-60 dark:bg-blue-600 dark:hover:bg-blue-700"
          >
            Mark as complete
          </button>
        )}
        {entry?.status === "in-progress" ? <ProgressBadge status="in-progress" /> : null}
        <BookmarkButton studyId={studyId} />
      </div>
      {outdated ? (
        <p className="text-sm font-medium text-amber-800 dark:text-amber-300">
          Updated since you completed it: this study has been substantially revised.
        </p>
      ) : null}
      <div role="status" aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {error}
      </div>
    </div>
  );
}
