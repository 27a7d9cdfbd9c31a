"use server";

import { getViewer } from "@/lib/auth/session";
import { toActionResult, type ActionResult } from "@/lib/data/action-result";
import { startPath, type Enrollment } from "@/lib/data/paths";
import { pathSlugSchema } from "@/lib/validation/learning";

export async function startPathAction(slug: unknown): Promise<ActionResult<Enrollment>> {
  const parsed = pathSlugSchema.safeParse(slug);
  if (!parsed.success) return { ok: false, status: 400, message: parsed.error.issues[0]!.message };
  const viewer = await getViewer();
  if (!viewer) return { ok: false, status: 401, message: "Sign in to start this path" };
  return toActionResult(() => startPath(viewer, parsed.data));
}
