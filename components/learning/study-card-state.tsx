"use client";

import { BookmarkButton } from "./bookmark-button";
import { useLearnerState } from "./learner-state";

/** A card's per-user part: status badge and bookmark toggle; nothing for visitors. */
export function StudyCardState({ studyId, title }: { studyId: string; title: string }) {
  const { signedIn, progress } = useLearnerState();
  if (!signedIn) return null;
  const status = progress[studyId]?.status;
  return (
    <>
      {status === "completed" ? (
        <span className="rounded-full bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900 dark:bg-green-900/60 dark:text-green-100">
          Completed
        </span>
      ) : status === "in-progress" ? (
        <span className="rounded-full bg-blue-100 px-2 py-0.5 text-xs font-semibold text-blue-900 dark:bg-blue-900/60 dark:text-blue-100">
          In progress
        </span>
      ) : null}
      <span className="ml-auto">
        <BookmarkButton studyId={studyId} label={`Bookmark ${title}`} compact />
      </span>
    </>
  );
}
