"use client";

import { usePathname } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Enrollment } from "@/lib/data/paths";
import type { StudyState } from "@/lib/data/progress";

type ProgressEntry = { status: "in-progress" | "completed"; completedVersion: number | null; completedAt: string | null };
type State = {
  loaded: boolean;
  signedIn: boolean;
  user: { name: string; email: string; roles: string[] } | null;
  progress: Record<string, ProgressEntry>;
  bookmarks: Set<string>;
  enrollments: Record<string, Enrollment>;
  continueWith: string | null;
};

type Context = State & {
  /** Applies a study's state as returned by the server. */
  apply: (studyId: string, state: StudyState) => void;
  /** Applies an enrollment as returned by the server. */
  applyEnrollment: (enrollment: Enrollment) => void;
  /** Fetches the state again (after a write that changes more than one study). */
  reload: () => void;
};

const LearnerContext = createContext<Context | null>(null);
const INITIAL: State = { loaded: false, signedIn: false, user: null, progress: {}, bookmarks: new Set(), enrollments: {}, continueWith: null };

async function fetchLearnerState(): Promise<State | null> {
  const res = await fetch("/api/me/state", { cache: "no-store" }).catch(() => null);
  if (!res?.ok) return null;
  const body = (await res.json()) as {
    signedIn: boolean;
    user?: State["user"];
    progress?: Record<string, ProgressEntry>;
    bookmarks?: string[];
    enrollments?: Enrollment[];
    continueWith?: string | null;
  };
  return {
    loaded: true,
    signedIn: body.signedIn,
    user: body.user ?? null,
    progress: body.progress ?? {},
    bookmarks: new Set(body.bookmarks ?? []),
    enrollments: Object.fromEntries((body.enrollments ?? []).map((e) => [e.pathSlug, e])),
    continueWith: body.continueWith ?? null,
  };
}

/**
 * Who is signed in, with their progress and bookmarks, for the client islands
 * of otherwise static pages. Fetched from /api/me/state (which checks the
 * session against the database) on every navigation, on focus, and when the
 * back button restores a page from the browser's cache, so it is never stale.
 */
export function LearnerStateProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [state, setState] = useState<State>(INITIAL);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
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
  }, [pathname, generation]);

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

  const applyEnrollment = useCallback((enrollment: Enrollment) => {
    setState((prev) => ({ ...prev, enrollments: { ...prev.enrollments, [enrollment.pathSlug]: enrollment } }));
  }, []);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  const value = useMemo(() => ({ ...state, apply, applyEnrollment, reload }), [state, apply, applyEnrollment, reload]);
  return <LearnerContext.Provider value={value}>{children}</LearnerContext.Provider>;
}

export function useLearnerState(): Context {
  const ctx = useContext(LearnerContext);
  if (!ctx) throw new Error("useLearnerState must be used inside LearnerStateProvider");
  return ctx;
}
