"use client";

import { BookmarkButton } from "./bookmark-button";
import { useSignedInState } from "./learner-state";
import { ProgressBadge } from "./progress-badge";

/** A card's per-user part: status badge and bookmark toggle; nothing for visitors. */
export function StudyCardState({ studyId, title }: { studyId: string; title: string }) {
  const { status, progress } = useSignedInState();
  if (status !== "signed-in") return null;
  const entry = progress[studyId];
  return (
    <>
      {entry ? <ProgressBadge status={entry.status} /> : null}
      <span className="ml-auto">
        <BookmarkButton studyId={studyId} label={`Bookmark ${title}`} compact />
      </span>
    </>
  );
}
