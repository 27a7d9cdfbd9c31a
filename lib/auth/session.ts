import "server-only";
import type { Session } from "next-auth";
import { cache } from "react";
import { redirect } from "next/navigation";
import { loadViewer } from "@/lib/data/users";
import type { Viewer } from "@/lib/data/viewer";
import { auth } from "./auth";
import { rememberedViewer, withRequestViewer } from "./request-viewer";

/**
 * The signed-in user for this request, with roles and permissions read from
 * the database (never from the token), or null. Cached per request; the
 * user is read once, by the session check (lib/auth/request-viewer.ts).
 */
export const getViewer = cache(
  (): Promise<Viewer | null> => withRequestViewer(async () => viewerFromSession(await auth())),
);

/** The viewer for a session Auth.js has already checked (the token's version matched), or null. */
export async function viewerFromSession(session: Session | null): Promise<Viewer | null> {
  const id = session?.user?.id;
  if (!id) return null;
  const viewer = rememberedViewer(id) ?? (await loadViewer(id));
  if (!viewer) return null;
  const { sessionVersion: _version, ...rest } = viewer;
  return { ...rest, authTime: session.authTime };
}

/** For pages: the viewer, or a redirect to sign-in that returns to `path` afterwards. */
export async function requireViewer(path: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?next=${encodeURIComponent(path)}`);
  return viewer;
}
