"use client";

import { useActionState } from "react";
import { saveNoteAction } from "@/app/bookmarks/actions";
import { secondaryButtonClass } from "@/components/ui/form";
import { NOTE_MAX } from "@/lib/validation/learning";
import type { FormState } from "@/lib/validation/form";

/** A bookmark's private note; works without JavaScript as a plain form post. */
export function NoteForm({ studyId, title, note }: { studyId: string; title: string; note: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveNoteAction, {});
  const id = `note-${studyId.replace("/", "-")}`;
  const error = state.fieldErrors?.note?.[0];
  return (
    <form action={action} className="mt-3 flex flex-col gap-2">
      <input type="hidden" name="studyId" value={studyId} />
      <label htmlFor={id} className="text-sm font-medium">
        Private note<span className="sr-only"> for {title}</span>
      </label>
      <textarea
        id={id}
        name="note"
        rows={3}
        maxLength={NOTE_MAX}
        defaultValue={state.values?.note ?? note}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
      />
      <div className="flex items-center gap-3">
        <button type="submit" className={secondaryButtonClass} disabled={pending}>
          Save note<span className="sr-only"> for {title}</span>
        </button>
        <p role="status" className={`text-sm ${state.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-400"}`}>
          {error ? <span id={`${id}-error`}>{error}</span> : state.message}
        </p>
      </div>
    </form>
  );
}
