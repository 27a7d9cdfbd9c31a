"use client";

import Link from "next/link";
import { useActionState } from "react";
import { confirmEmailAction } from "@/app/verify-email/actions";
import { buttonClass, FormMessage } from "@/components/ui/form";
import type { FormState } from "@/lib/validation/form";

/** The one button of a confirmation link; once it worked, the form gives way to the result. */
export function ConfirmEmailForm({ token, label }: { token: string; label: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(confirmEmailAction, {});
  if (state.ok) {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage message={state.message} tone="success" />
        <Link href="/account" className="text-sm font-medium text-blue-700 underline dark:text-blue-400">
          Go to your account
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="token" value={token} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Confirming…" : label}
      </button>
    </form>
  );
}
