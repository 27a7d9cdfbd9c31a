import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { loadViewer } from "@/lib/data/users";
import type { Viewer } from "@/lib/data/viewer";
import { auth } from "./auth";

/**
 * The signed-in user for this request, with roles and permissions read from
 * the database (never from the token), or null. Cached per request.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const viewer = await loadViewer(id);
  if (!viewer) return null;
  const { sessionVersion: _version, ...rest } = viewer;
  return rest;
});

/** For pages: the viewer, or a redirect to sign-in that returns to `path` afterwards. */
export async function requireViewer(path: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/signin?next=${encodeURIComponent(path)}`);
  return viewer;
}
