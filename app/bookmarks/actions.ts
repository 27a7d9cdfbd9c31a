"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runFormAction } from "@/lib/actions";
import { saveBookmarkNote } from "@/lib/data/bookmarks";
import { noteSchema, studyIdSchema } from "@/lib/validation/learning";
import type { FormState } from "@/lib/validation/form";

/** A study id that does not parse cannot name one of the viewer's bookmarks. */
const bookmarkId = z.unknown().transform((value, ctx) => {
  const parsed = studyIdSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  ctx.addIssue({ code: "custom", message: "That bookmark was not found." });
  return z.NEVER;
});
const noteFormSchema = z.object({ studyId: bookmarkId, note: noteSchema });

export async function saveNoteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const typed = String(formData.get("note") ?? "");
  return runFormAction(
    noteFormSchema,
    { studyId: formData.get("studyId"), note: formData.get("note") ?? "" },
    async (viewer, { studyId, note }) => {
      await saveBookmarkNote(viewer, studyId, note);
      revalidatePath("/bookmarks");
      return { ok: true, message: "Note saved.", values: { note } };
    },
    { fields: ["note"], values: { note: typed } },
  );
}
