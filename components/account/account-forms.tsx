"use client";

import { useActionState } from "react";
import { changeNameAction, changePasswordAction } from "@/app/account/actions";
import { buttonClass, Field, FormMessage, NewPasswordField } from "@/components/ui/form";
import type { FormState } from "@/lib/validation/form";

export function ChangeNameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(changeNameAction, {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <Field label="Name" name="name" autoComplete="name" required defaultValue={state.values?.name ?? name} errors={state.fieldErrors?.name} />
      <button type="submit" className={`${buttonClass} self-start`} disabled={pending}>
        Save name
      </button>
    </form>
  );
}

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(changePasswordAction, {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.currentPassword}
      />
      <NewPasswordField errors={state.fieldErrors?.newPassword} />
      <button type="submit" className={`${buttonClass} self-start`} disabled={pending}>
        Change password
      </button>
    </form>
  );
}
