"use client";

import { useSearchParams } from "next/navigation";

/** Confirms an account deletion on the (static) home page. */
export function DeletedNotice() {
  const params = useSearchParams();
  if (params.get("account") !== "deleted") return null;
  return (
    <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800 dark:border-green-800 dark:bg-green-950 dark:text-green-200">
      Your account and all its data were deleted.
    </p>
  );
}
