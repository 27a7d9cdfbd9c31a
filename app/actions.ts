"use server";

import { getViewer } from "@/lib/auth/session";
import { signOut } from "@/lib/auth/auth";
import { endAllSessions } from "@/lib/data/users";

/** Signs out everywhere: the session version moves on, so copies of this JWT stop working too. */
export async function signOutAction(): Promise<void> {
  const viewer = await getViewer();
  if (viewer) await endAllSessions(viewer.id);
  await signOut({ redirectTo: "/" });
}
