"use server";

import { runButtonAction, type ActionResult } from "@/lib/actions";
import { startPath, type Enrollment } from "@/lib/data/paths";
import { pathSlugSchema } from "@/lib/validation/learning";

export async function startPathAction(slug: unknown): Promise<ActionResult<Enrollment>> {
  return runButtonAction(pathSlugSchema, slug, (viewer, path) => startPath(viewer, path), "Sign in to start this path");
}
