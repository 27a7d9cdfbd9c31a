"use client";

import { useActionState } from "react";
import { changeEmailAction, resendVerificationAction } from "@/app/account/actions";
import { buttonClass, Field, FormMessage } from "@/components/ui/form";
import type { FormState } from "@/lib/validation/form";

const secondaryButton =
  "self-start rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800";

export function ResendVerificationForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(resendVerificationAction, {});
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <button type="submit" className={secondaryButton} disabled={pending}>
        {pending ? "Sending…" : "Send the confirmation link again"}
      </button>
    </form>
  );
}

export function ChangeEmailForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(changeEmailAction, {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <Field label="New email" name="email" type="email" autoComplete="email" required defaultValue={state.ok ? "" : state.values?.email} errors={state.fieldErrors?.email} />
      <Field label="Current password" name="password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <button type="submit" className={`${buttonClass} self-start`} disabled={pending}>
        Send a confirmation link
      </button>
    </form>
  );
}
