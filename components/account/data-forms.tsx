"use client";

import { useActionState } from "react";
import { deleteAccountAction, resetProgressAction } from "@/app/account/actions";
import { dangerButtonClass, Field, FieldError, FormMessage } from "@/components/ui/form";
import type { FormState } from "@/lib/validation/form";

function ConfirmBox({ label, errors }: { label: string; errors?: string[] }) {
  return (
    <div>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="confirm" value="yes" className="mt-1" aria-describedby={errors?.length ? "confirm-error" : undefined} />
        <span>{label}</span>
      </label>
      <FieldError id="confirm-error" errors={errors} />
    </div>
  );
}

export function ResetProgressForm({ paths }: { paths: { slug: string; title: string }[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(resetProgressAction, {});
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <div className="flex flex-col gap-1">
        <label htmlFor="reset-scope" className="text-sm font-medium">What to reset</label>
        <select
          id="reset-scope"
          name="scope"
          defaultValue="all"
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900"
        >
          <option value="all">Everything: every study and every path</option>
          {paths.map((p) => (
            <option key={p.slug} value={p.slug}>Only the path “{p.title}” (its studies, in every path)</option>
          ))}
        </select>
        <FieldError id="scope-error" errors={state.fieldErrors?.scope} />
      </div>
      <ConfirmBox label="I understand that this progress cannot be restored. Bookmarks and notes are kept." errors={state.fieldErrors?.confirm} />
      <button type="submit" className={`${dangerButtonClass} self-start`} disabled={pending}>
        Reset progress
      </button>
    </form>
  );
}

export function DeleteAccountForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteAccountAction, {});
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage message={state.message} />
      <Field label="Your password" name="password" type="password" autoComplete="current-password" errors={state.fieldErrors?.password} id="delete-password" />
      <ConfirmBox label="Delete my account and everything in it: progress, bookmarks, notes, paths and class memberships." errors={state.fieldErrors?.confirm} />
      <button type="submit" className={`${dangerButtonClass} self-start`} disabled={pending}>
        Delete account
      </button>
    </form>
  );
}
