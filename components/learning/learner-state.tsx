"use client";

import { useSession } from "next-auth/react";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { StudyState } from "@/lib/data/progress";

type ProgressEntry = { status: "in-progress" | "completed"; completedVersion: number | null; completedAt: string | null };
type State = { loaded: boolean; signedIn: boolean; progress: Record<string, ProgressEntry>; bookmarks: Set<string> };

type Context = State & {
  /** Applies a study's state as returned by the server. */
  apply: (studyId: string, state: StudyState) => void;
  refresh: () => void;
};

const LearnerContext = createContext<Context | null>(null);
const EMPTY: State = { loaded: false, signedIn: false, progress: {}, bookmarks: new Set() };
const SIGNED_OUT: State = { ...EMPTY, loaded: true };

/**
 * The viewer's progress and bookmarks, fetched once per page from /api/me/state
 * and kept fresh: on focus, and when the back button restores a page from the
 * browser's cache (pageshow), so it never shows a stale state.
 */
async function fetchLearnerState(): Promise<State | null> {
  const res = await fetch("/api/me/state", { cache: "no-store" }).catch(() => null);
  if (!res?.ok) return null;
  const body = (await res.json()) as { signedIn: boolean; progress?: Record<string, ProgressEntry>; bookmarks?: string[] };
  return { loaded: true, signedIn: body.signedIn, progress: body.progress ?? {}, bookmarks: new Set(body.bookmarks ?? []) };
}

export function LearnerStateProvider({ children }: { children: ReactNode }) {
  const { status } = useSession();
  const [state, setState] = useState<State>(EMPTY);

  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    if (status !== "authenticated") return;
    let cancelled = false;
    const load = () =>
      fetchLearnerState().then((next) => {
        if (!cancelled && next) setState(next);
      });
    void load();
    const onShow = (e: PageTransitionEvent) => e.persisted && void load();
    const onFocus = () => void load();
    window.addEventListener("pageshow", onShow);
    window.addEventListener("focus", onFocus);
    return () => {
      cancelled = true;
      window.removeEventListener("pageshow", onShow);
      window.removeEventListener("focus", onFocus);
    };
  }, [status, version]);

  const apply = useCallback((studyId: string, s: StudyState) => {
    setState((prev) => {
      const progress = { ...prev.progress };
      if (s.status === "not-started") delete progress[studyId];
      else progress[studyId] = { status: s.status, completedVersion: s.completedVersion, completedAt: s.completedAt };
      const bookmarks = new Set(prev.bookmarks);
      if (s.bookmarked) bookmarks.add(studyId);
      else bookmarks.delete(studyId);
      return { ...prev, progress, bookmarks };
    });
  }, []);

  // Signed-out visitors need no request: their state is known to be empty.
  const effective = status === "unauthenticated" ? SIGNED_OUT : state;
  const value = useMemo(() => ({ ...effective, apply, refresh }), [effective, apply, refresh]);
  return <LearnerContext.Provider value={value}>{children}</LearnerContext.Provider>;
}

export function useLearnerState(): Context {
  const ctx = useContext(LearnerContext);
  if (!ctx) throw new Error("useLearnerState must be used inside LearnerStateProvider");
  return ctx;
}
