"use client";

import { useSearchParams } from "next/navigation";
import { Notice } from "@/components/ui/notice";

/** Confirms a leave after leaveClassAction's redirect (`?left=1`), on whichever page lists the classes. */
export function LeftClassNotice() {
  const left = useSearchParams().get("left");
  return left ? <Notice>You left the class. Its instructors no longer see your progress.</Notice> : null;
}
