"use client";

import { useSearchParams } from "next/navigation";
import { Notice } from "@/components/ui/notice";

/** Confirms an account deletion on the (static) home page. */
export function DeletedNotice() {
  const params = useSearchParams();
  if (params.get("account") !== "deleted") return null;
  return <Notice>Your account and all its data were deleted.</Notice>;
}
