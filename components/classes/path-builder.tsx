"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { buttonClass, Field, FieldError, FormMessage, secondaryButtonClass, SelectField, TextAreaField } from "@/components/ui/form";
import { formatMinutes } from "@/lib/content/labels";
import { PATH_DESCRIPTION_MAX, PATH_STEPS_MAX, PATH_TITLE_MAX } from "@/lib/validation/limits";
import type { FormState } from "@/lib/validation/form";

export type StudyOption = { id: string; title: string; domainTitle: string; minutes: number; preview: boolean };
type Initial = { pathId?: string; title: string; description: string; steps: string[] };
/** Where focus goes after the list changes: the moved item's button, a neighbour, or the study picker. */
type Focus = { id: string; control: "up" | "down" | "remove" } | "picker" | null;

const smallButton =
  "rounded-md border border-slate-300 px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-40 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800";

/** Pick studies, put them in order, give the path a title and a description. */
export function PathBuilder({
  action,
  studies,
  initial,
  submitLabel,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  studies: StudyOption[];
  initial: Initial;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const [steps, setSteps] = useState<string[]>(initial.steps);
  const [adding, setAdding] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const focus = useRef<Focus>(null);
  const picker = useRef<HTMLSelectElement>(null);
  const byId = new Map(studies.map((s) => [s.id, s]));
  const chosen = steps.map((id) => byId.get(id)).filter((s): s is StudyOption => Boolean(s));
  const minutes = chosen.reduce((sum, s) => sum + s.minutes, 0);
  const domains = [...new Set(studies.map((s) => s.domainTitle))];

  useEffect(() => {
    const target = focus.current;
    focus.current = null;
    if (!target) return;
    if (target === "picker") {
      picker.current?.focus();
      return;
    }
    // The requested button, or the other move button once the item reached an end, or its remove button.
    const controls = [target.control, target.control === "up" ? "down" : "up", "remove"];
    const button = controls
      .map((c) => document.getElementById(`step-${target.id}-${c}`) as HTMLButtonElement | null)
      .find((b) => b && !b.disabled);
    button?.focus();
  }, [steps]);

  function move(index: number, delta: -1 | 1) {
    const next = [...steps];
    const [item] = next.splice(index, 1);
    next.splice(index + delta, 0, item!);
    setSteps(next);
    setAnnouncement(`${byId.get(item!)?.title} moved to position ${index + delta + 1} of ${next.length}.`);
    focus.current = { id: item!, control: delta < 0 ? "up" : "down" };
  }

  function remove(index: number) {
    const id = steps[index]!;
    setSteps(steps.filter((_, i) => i !== index));
    setAnnouncement(`${byId.get(id)?.title} removed.`);
    const neighbour = steps[index + 1] ?? steps[index - 1];
    focus.current = neighbour ? { id: neighbour, control: "remove" } : "picker";
  }

  function add() {
    if (!adding || steps.includes(adding) || steps.length >= PATH_STEPS_MAX) return;
    setSteps([...steps, adding]);
    setAnnouncement(`${byId.get(adding)?.title} added as study ${steps.length + 1}.`);
    setAdding("");
  }

  const stepErrors = state.fieldErrors?.steps;
  return (
    <form action={formAction} className="flex flex-col gap-6" noValidate>
      {initial.pathId ? <input type="hidden" name="pathId" value={initial.pathId} /> : null}
      {steps.map((id) => (
        <input key={id} type="hidden" name="steps" value={id} />
      ))}
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <Field
        label="Title"
        name="title"
        required
        maxLength={PATH_TITLE_MAX}
        defaultValue={state.values?.title ?? initial.title}
        errors={state.fieldErrors?.title}
      />
      <TextAreaField
        label="Description"
        name="description"
        rows={3}
        maxLength={PATH_DESCRIPTION_MAX}
        defaultValue={state.values?.description ?? initial.description}
        errors={state.fieldErrors?.description}
      />

      <fieldset className="flex flex-col gap-3" aria-describedby={stepErrors?.length ? "steps-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">
          Studies, in order ({chosen.length}, {formatMinutes(minutes)})
        </legend>
        {chosen.length === 0 ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">No studies yet. Add the first one below.</p>
        ) : (
          <ol className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {chosen.map((s, i) => (
              <li key={s.id} className="flex flex-wrap items-center gap-3 p-3">
                <span className="w-6 text-right font-semibold tabular-nums text-slate-600 dark:text-slate-400">{i + 1}.</span>
                <span className="min-w-0 flex-1 basis-40">
                  <span className="block font-medium">{s.title}</span>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">
                    {s.domainTitle} · {formatMinutes(s.minutes)}
                    {s.preview ? " · preview (cannot be completed yet)" : ""}
                  </span>
                </span>
                <span className="flex gap-1">
                  <button type="button" id={`step-${s.id}-up`} className={smallButton} disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${s.title} up`}>
                    Up
                  </button>
                  <button
                    type="button"
                    id={`step-${s.id}-down`}
                    className={smallButton}
                    disabled={i === chosen.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={`Move ${s.title} down`}
                  >
                    Down
                  </button>
                  <button type="button" id={`step-${s.id}-remove`} className={smallButton} onClick={() => remove(i)} aria-label={`Remove ${s.title}`}>
                    Remove
                  </button>
                </span>
              </li>
            ))}
          </ol>
        )}
        <FieldError id="steps-error" errors={stepErrors} />
        <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="min-w-0 flex-1">
            <SelectField label="Study to add" ref={picker} value={adding} onChange={(e) => setAdding(e.target.value)} className="w-full">
              <option value="">Choose a study</option>
              {domains.map((domain) => (
                <optgroup key={domain} label={domain}>
                  {studies
                    .filter((s) => s.domainTitle === domain && !steps.includes(s.id))
                    .map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.title} ({formatMinutes(s.minutes)}
                        {s.preview ? ", preview" : ""})
                      </option>
                    ))}
                </optgroup>
              ))}
            </SelectField>
          </div>
          <button type="button" id="add-study" className={secondaryButtonClass} onClick={add} disabled={!adding || steps.length >= PATH_STEPS_MAX}>
            Add study
          </button>
        </div>
        <p className="sr-only" role="status" aria-live="polite">
          {announcement}
        </p>
      </fieldset>

      <button type="submit" className={`${buttonClass} self-start`} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
