"use client";

import { useActionState } from "react";
import { saveNoteAction } from "@/app/bookmarks/actions";
import { secondaryButtonClass, TextAreaField } from "@/components/ui/form";
import { NOTE_MAX } from "@/lib/validation/limits";
import type { FormState } from "@/lib/validation/form";

/** A bookmark's private note; works without JavaScript as a plain form post. */
export function NoteForm({ studyId, title, note }: { studyId: string; title: string; note: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveNoteAction, {});
  return (
    <form action={action} className="mt-3 flex flex-col gap-2">
      <input type="hidden" name="studyId" value={studyId} />
      <TextAreaField
        label={
          <>
            Private note<span className="sr-only"> for {title}</span>
          </>
        }
        name="note"
        rows={3}
        maxLength={NOTE_MAX}
        defaultValue={state.values?.note ?? note}
        errors={state.fieldErrors?.note}
        className="text-sm"
      />
      <div className="flex items-center gap-3">
        <button type="submit" className={secondaryButtonClass} disabled={pending}>
          Save note<span className="sr-only"> for {title}</span>
        </button>
        <p role="status" className={`text-sm ${state.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-400"}`}>
          {state.message}
        </p>
      </div>
    </form>
  );
}
