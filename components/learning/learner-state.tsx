"use client";

import { usePathname } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Enrollment } from "@/lib/data/paths";
import type { StudyState } from "@/lib/data/progress";

type ProgressEntry = { status: "in-progress" | "completed"; completedVersion: number | null; completedAt: string | null };
type User = { name: string; email: string; roles: string[] };
type LearnerData = {
  progress: Record<string, ProgressEntry>;
  bookmarks: Set<string>;
  enrollments: Record<string, Enrollment>;
  continueWith: string | null;
};
/** "loading" until /api/me/state first answers; a visitor is "signed-out", with empty learner data. */
type State = LearnerData & ({ status: "loading"; user: null } | { status: "signed-out"; user: null } | { status: "signed-in"; user: User });

type Writers = {
  /** Applies a study's state as returned by the server. */
  apply: (studyId: string, state: StudyState) => void;
  /** Applies an enrollment as returned by the server. */
  applyEnrollment: (enrollment: Enrollment) => void;
  /** Fetches the state again (after a write that changes more than one study). */
  reload: () => void;
};

/** What a client island reads: switch on `status`; once "signed-in", `user` is there. */
export type SignedInState = State & Writers;

const LearnerContext = createContext<SignedInState | null>(null);
const EMPTY: LearnerData = { progress: {}, bookmarks: new Set(), enrollments: {}, continueWith: null };
const INITIAL: State = { status: "loading", user: null, ...EMPTY };

async function fetchLearnerState(): Promise<State | null> {
  const res = await fetch("/api/me/state", { cache: "no-store" }).catch(() => null);
  if (!res?.ok) return null;
  const body = (await res.json()) as {
    signedIn: boolean;
    user?: User;
    progress?: Record<string, ProgressEntry>;
    bookmarks?: string[];
    enrollments?: Enrollment[];
    continueWith?: string | null;
  };
  if (!body.signedIn || !body.user) return { status: "signed-out", user: null, ...EMPTY };
  return {
    status: "signed-in",
    user: body.user,
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

/**
 * The one way a client island reads who is signed in: a placeholder while
 * "loading" (so the layout does not shift), the visitor's version when
 * "signed-out", the learner's own when "signed-in".
 */
export function useSignedInState(): SignedInState {
  const ctx = useContext(LearnerContext);
  if (!ctx) throw new Error("useSignedInState must be used inside LearnerStateProvider");
  return ctx;
}
