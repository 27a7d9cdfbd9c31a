"use client";

import { useCallback, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions";

/**
 * Runs one of the learner's server actions in a transition: `pending` while it
 * runs, then either `onSuccess` with the server's answer or `error` to show
 * (the server's message, or `failure` when the request itself failed).
 */
export function useLearnerAction(failure: string) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    <T>(call: () => Promise<ActionResult<T>>, onSuccess: (data: T) => void, onSettled?: () => void) => {
      setError(null);
      startTransition(async () => {
        const result = await call().catch(() => null);
        if (result?.ok) onSuccess(result.data);
        else setError(result?.message ?? failure);
        onSettled?.();
      });
    },
    [failure],
  );
  return { pending, error, run };
}
