"use client";

import { useActionState } from "react";
import { resetPasswordAction } from "@/app/reset-password/actions";
import { buttonClass, FormMessage, NewPasswordField } from "@/components/ui/form";
import type { FormState } from "@/lib/validation/form";

/** The new-password form of a reset link. The account's email rides along hidden, for password managers. */
export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(resetPasswordAction, {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="token" value={token} />
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordField errors={state.fieldErrors?.newPassword} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </button>
    </form>
  );
}
