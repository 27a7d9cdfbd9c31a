"use client";

import { useActionState } from "react";
import { setAssignmentChallengeAction } from "@/app/instructor/classes/[id]/actions";
import { FormMessage, secondaryButtonClass } from "@/components/ui/form";
import type { FormState } from "@/lib/validation/form";
import { ChallengeSelect, type PathOption } from "./assign-form";

/** Sets, changes or clears an assignment's lab challenge. */
export function ChallengeForm({ assignmentId, current, options }: { assignmentId: string; current: string; options: PathOption[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setAssignmentChallengeAction, {});
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="min-w-0 sm:w-96">
          <ChallengeSelect
            options={options}
            defaultValue={state.ok ? current : (state.values?.challenge ?? current)}
            key={state.ok ? `saved-${current}` : "editing"}
            errors={state.fieldErrors?.challenge}
          />
        </div>
        <button type="submit" className={`${secondaryButtonClass} self-start sm:mt-6`} disabled={pending}>
          Save challenge
        </button>
      </div>
    </form>
  );
}
