"use client";

import { useActionState } from "react";
import { deleteAccountAction, resetProgressAction } from "@/app/account/actions";
import { CheckboxField, dangerButtonClass, Field, FormMessage, SelectField } from "@/components/ui/form";
import type { FormState } from "@/lib/validation/form";

export function ResetProgressForm({ paths }: { paths: { slug: string; title: string }[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(resetProgressAction, {});
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <SelectField label="What to reset" name="scope" defaultValue="all" errors={state.fieldErrors?.scope} className="text-sm">
        <option value="all">Everything: every study and every path</option>
        {paths.map((p) => (
          <option key={p.slug} value={p.slug}>Only the path “{p.title}” (its studies, in every path)</option>
        ))}
      </SelectField>
      <CheckboxField
        label="I understand that this progress cannot be restored. Bookmarks and notes are kept."
        name="confirm"
        value="yes"
        errors={state.fieldErrors?.confirm}
      />
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
      <Field label="Your password" name="password" type="password" autoComplete="current-password" errors={state.fieldErrors?.password} />
      <CheckboxField
        label="Delete my account and everything in it: progress, bookmarks, notes, paths and class memberships."
        name="confirm"
        value="yes"
        errors={state.fieldErrors?.confirm}
      />
      <button type="submit" className={`${dangerButtonClass} self-start`} disabled={pending}>
        Delete account
      </button>
    </form>
  );
}
