"use client";

import { useActionState } from "react";
import { joinClassAction } from "@/app/classes/actions";
import { buttonClass, Field, FormMessage } from "@/components/ui/form";
import type { FormState } from "@/lib/validation/form";

/** Join with a code. Pre-filled from the join link; a plain form post, so it works without JavaScript. */
export function JoinForm({ code, initial }: { code: string; initial: FormState }) {
  const [state, action, pending] = useActionState<FormState, FormData>(joinClassAction, initial);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="sm:w-72">
          <Field
            label="Join code"
            name="code"
            required
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
            defaultValue={state.values?.code ?? code}
            hint="8 characters, for example K7QM3XPA."
            errors={state.fieldErrors?.code}
            className="font-mono uppercase tracking-widest"
          />
        </div>
        <button type="submit" className={`${buttonClass} self-start sm:mt-6`} disabled={pending}>
          Join class
        </button>
      </div>
    </form>
  );
}
