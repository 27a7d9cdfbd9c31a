import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Viewer } from "@/lib/data/viewer";

type LoadedViewer = Viewer & { sessionVersion: number };

const scope = new AsyncLocalStorage<{ viewer?: LoadedViewer }>();

/**
 * Runs `fn` with room for the viewer that Auth.js's session check loads (the
 * jwt callback), so the request's own permission check uses that same row
 * instead of reading it again: one read of the user per signed-in request,
 * and both checks see the same version of it.
 */
export function withRequestViewer<T>(fn: () => T): T {
  return scope.run({}, fn);
}

/** Called by the session check with the user it just read and accepted. Outside withRequestViewer, nothing is kept. */
export function rememberViewer(viewer: LoadedViewer): void {
  const store = scope.getStore();
  if (store) store.viewer = viewer;
}

/** The viewer the session check of this request loaded, if it was this user. */
export function rememberedViewer(userId: string): LoadedViewer | undefined {
  const viewer = scope.getStore()?.viewer;
  return viewer?.id === userId ? viewer : undefined;
}
