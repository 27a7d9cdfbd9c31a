"use client";

import { useActionState } from "react";
import { signUpAction } from "@/app/signup/actions";
import { buttonClass, EmailField, Field, FormMessage } from "@/components/ui/form";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/limits";
import type { FormState } from "@/lib/validation/form";

export function SignUpForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signUpAction, {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="next" value={next} />
      <Field label="Name" name="name" autoComplete="name" required defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <EmailField defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        hint={`At least ${PASSWORD_MIN} characters. A phrase of a few unrelated words is easy to remember and hard to guess.`}
        errors={state.fieldErrors?.password}
      />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </button>
    </form>
  );
}
