"use client";

import { useActionState } from "react";
import { assignPathAction } from "@/app/instructor/classes/[id]/actions";
import { buttonClass, Field, FormMessage, SelectField } from "@/components/ui/form";
import type { FormState } from "@/lib/validation/form";

export type PathOption = { value: string; label: string };
export type PathOptionGroup = { label: string; options: PathOption[] };

/** Assigns a built-in or one of the instructor's own paths, with an optional due date and lab challenge. */
export function AssignForm({ classId, groups, challenges, minDate }: { classId: string; groups: PathOptionGroup[]; challenges: PathOption[]; minDate: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(assignPathAction, {});
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="classId" value={classId} />
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <div className="grid gap-3 sm:grid-cols-2 sm:items-start">
        <div className="min-w-0">
          <SelectField
            label="Path"
            name="path"
            required
            defaultValue={state.ok ? "" : (state.values?.path ?? "")}
            key={state.ok ? "assigned" : "editing"}
            errors={state.fieldErrors?.path}
            className="w-full"
          >
            <option value="" disabled>
              Choose a path
            </option>
            {groups
              .filter((g) => g.options.length > 0)
              .map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ))}
          </SelectField>
        </div>
        <div className="min-w-0">
          <ChallengeSelect
            options={challenges}
            defaultValue={state.ok ? "" : (state.values?.challenge ?? "")}
            key={state.ok ? "assigned-challenge" : "editing-challenge"}
            errors={state.fieldErrors?.challenge}
          />
        </div>
      </div>
      <div className="grid gap-3 sm:grid-cols-[16rem_auto] sm:items-start sm:justify-start">
        <Field
          label="Due date"
          name="dueDate"
          type="date"
          min={minDate}
          hint="Optional. Due at the end of that day (UTC)."
          defaultValue={state.ok ? "" : (state.values?.dueDate ?? "")}
          key={state.ok ? "assigned-due" : "editing-due"}
          errors={state.fieldErrors?.dueDate}
        />
        <button type="submit" className={`${buttonClass} self-start sm:mt-6`} disabled={pending}>
          Assign
        </button>
      </div>
    </form>
  );
}

/** The lab challenges an assignment can set, "None" first. */
export function ChallengeSelect({ options, defaultValue, errors }: { options: PathOption[]; defaultValue: string; errors?: string[] }) {
  return (
    <SelectField
      label="Lab challenge"
      name="challenge"
      defaultValue={defaultValue}
      errors={errors}
      hint="Optional. Learners submit runs from the lab; the server runs each again to check it."
      className="w-full"
    >
      <option value="">None</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
}
