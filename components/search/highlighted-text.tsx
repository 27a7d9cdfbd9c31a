import { Fragment } from "react";
import type { Segment } from "@/lib/search/highlight";

/** Matched words as <mark>; every part is a text node, so markup in content or queries shows as text. */
export function HighlightedText({ segments }: { segments: Segment[] }) {
  return segments.map((segment, i) =>
    segment.match ? (
      <mark key={i} className="box-decoration-clone rounded-sm bg-yellow-200 px-0.5 text-slate-900 dark:bg-yellow-300/25 dark:text-yellow-50">
        {segment.text}
      </mark>
    ) : (
      <Fragment key={i}>{segment.text}</Fragment>
    ),
  );
}
