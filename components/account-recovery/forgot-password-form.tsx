"use client";

import { useActionState } from "react";
import { forgotPasswordAction } from "@/app/forgot-password/actions";
import { buttonClass, EmailField, FormMessage } from "@/components/ui/form";
import type { FormState } from "@/lib/validation/form";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(forgotPasswordAction, {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <EmailField defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Sending…" : "Send reset link"}
      </button>
    </form>
  );
}
