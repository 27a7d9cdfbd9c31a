"use server";

import { signOut } from "@/lib/auth/auth";

/** Signs out everywhere: Auth.js's signOut event moves the session version on, so copies of this JWT stop working too. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
