"use client";

import { useState } from "react";
import { setBookmarkAction } from "@/app/case-studies/actions";
import { useSignedInState } from "./learner-state";
import { useLearnerAction } from "./use-learner-action";

/**
 * A toggle button: its name stays "Bookmark" and aria-pressed carries the
 * state (the filled icon shows it). Optimistic, then corrected by the server's answer.
 */
export function BookmarkButton({ studyId, label, compact = false }: { studyId: string; label?: string; compact?: boolean }) {
  const { bookmarks, apply } = useSignedInState();
  const { pending, error, run } = useLearnerAction("Could not save the bookmark. Try again.");
  const [optimistic, setOptimistic] = useState<boolean | null>(null);
  const pressed = optimistic ?? bookmarks.has(studyId);

  function toggle() {
    const next = !pressed;
    setOptimistic(next);
    run(
      () => setBookmarkAction(studyId, next),
      (state) => apply(studyId, state),
      () => setOptimistic(null),
    );
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        aria-pressed={pressed}
        aria-label={label}
        onClick={toggle}
        disabled={pending}
        className={`inline-flex items-center gap-1 rounded-md border px-2.5 py-1 text-sm font-medium ${
          pressed
            ? "border-blue-600 bg-blue-50 text-blue-800 dark:border-blue-400 dark:bg-blue-950 dark:text-blue-200"
            : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
        } ${compact ? "px-2 py-0.5 text-xs" : ""}`}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill={pressed ? "currentColor" : "none"} stroke="currentColor" strokeWidth="2">
          <path d="M6 3h12v18l-6-4-6 4z" />
        </svg>
        Bookmark
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </span>
      ) : null}
    </span>
  );
}
