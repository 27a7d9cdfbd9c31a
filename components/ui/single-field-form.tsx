"use client";

import { useActionState, type ComponentProps, type ReactNode } from "react";
import { buttonClass, Field, FormMessage, secondaryButtonClass } from "@/components/ui/form";
import type { FormState } from "@/lib/validation/form";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden inputs: the ids the action needs (the data layer checks them again). */
  fields?: Record<string, string>;
  label: string;
  name: string;
  submitLabel: string;
  hint?: ReactNode;
  secondary?: boolean;
} & Omit<ComponentProps<"input">, "name" | "id" | "form" | "action">;

/** A form with one labelled field and a submit button, for a server action; works without JavaScript. */
export function SingleFieldForm({ action, fields = {}, label, name, submitLabel, hint, secondary, defaultValue, ...input }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      {Object.entries(fields).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="min-w-0 sm:w-80">
          <Field
            label={label}
            name={name}
            hint={hint}
            errors={state.fieldErrors?.[name]}
            defaultValue={state.ok ? defaultValue : (state.values?.[name] ?? defaultValue)}
            key={state.ok ? "saved" : "editing"}
            {...input}
          />
        </div>
        <button type="submit" className={`${secondary ? secondaryButtonClass : buttonClass} self-start sm:mt-6`} disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
