"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/session";
import { saveBookmarkNote } from "@/lib/data/bookmarks";
import { DataError } from "@/lib/data/errors";
import { noteSchema, studyIdSchema } from "@/lib/validation/learning";
import type { FormState } from "@/lib/validation/form";

export async function saveNoteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const studyId = studyIdSchema.safeParse(formData.get("studyId"));
  const note = noteSchema.safeParse(formData.get("note") ?? "");
  if (!studyId.success) return { message: "That bookmark was not found." };
  if (!note.success) return { fieldErrors: { note: [note.error.issues[0]!.message] }, values: { note: String(formData.get("note") ?? "") } };
  const viewer = await getViewer();
  if (!viewer) return { message: "Your session has ended. Sign in again to continue." };
  try {
    await saveBookmarkNote(viewer, studyId.data, note.data);
  } catch (error) {
    if (error instanceof DataError) return { message: error.message };
    throw error;
  }
  revalidatePath("/bookmarks");
  return { ok: true, message: "Note saved.", values: { note: note.data } };
}
