"use client";

import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { dangerButtonClass, FormMessage, secondaryButtonClass } from "@/components/ui/form";
import type { FormState } from "@/lib/validation/form";

/** A destructive action that still asks first: outlined, so the red filled button is the confirmation. */
const dangerOutlineClass =
  "inline-flex items-center justify-center gap-2 rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 dark:border-red-800 dark:bg-slate-900 dark:text-red-300 dark:hover:bg-red-950";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden inputs: the ids the action needs (the data layer checks them again). */
  fields: Record<string, string>;
  label: string;
  /** A fuller name for screen readers; it starts with the visible label. */
  accessibleName?: string;
  /** The id of what the button acts on (a heading), announced as its description. */
  describedBy?: string;
  tone?: "secondary" | "danger";
  /** Asks before acting: the question, and the label of the button that confirms. */
  confirm?: { prompt: string; confirmLabel: string };
  /** Form controls submitted with the action (a select of whom to act on). */
  children?: ReactNode;
};

/**
 * A button that runs a server action, optionally after an inline confirmation,
 * and announces the result. Without a confirmation it works without JavaScript.
 */
export function ActionButton({ action, fields, label, accessibleName, describedBy, tone = "secondary", confirm, children }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      openRef.current?.focus();
    }
  }, [confirming]);

  function close() {
    returnFocus.current = true;
    setConfirming(false);
  }

  return (
    <form action={formAction} onSubmit={confirm ? close : undefined} className="flex flex-col gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {confirm && confirming ? (
        <div
          role="group"
          aria-label={accessibleName ?? label}
          aria-describedby={describedBy}
          className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-50"
        >
          <p>{confirm.prompt}</p>
          <div className="flex flex-wrap gap-2">
            <button ref={confirmRef} type="submit" className={tone === "danger" ? dangerButtonClass : secondaryButtonClass}>
              {confirm.confirmLabel}
            </button>
            <button type="button" className={secondaryButtonClass} onClick={close}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={openRef}
          type={confirm ? "button" : "submit"}
          onClick={confirm ? () => !pending && setConfirming(true) : undefined}
          aria-disabled={pending || undefined}
          aria-label={accessibleName}
          aria-describedby={describedBy}
          className={`${tone === "danger" ? (confirm ? dangerOutlineClass : dangerButtonClass) : secondaryButtonClass} self-start aria-disabled:opacity-60`}
        >
          {label}
        </button>
      )}
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
    </form>
  );
}
