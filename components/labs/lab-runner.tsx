"use client";

import { usePathname } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { controlsOf, findLab, runLab, type AnyLab, type Control, type FieldIssue, type LabResult } from "@/lib/labs";
import { saveLabRunAction } from "@/app/case-studies/actions";
import { useSignedInState } from "@/components/learning/learner-state";
import { Field, SelectField, buttonClass, secondaryButtonClass } from "@/components/ui/form";
import { describeGap, formatNumber, withUnit } from "./format";
import { LabChallenges, useLabChallenges } from "./lab-challenges";
import { LabFigure } from "./lab-figure";

/**
 * The interactive part of a lab, loaded only when the lab scrolls into view
 * (lab-loader.tsx): the learner writes a prediction, sets the parameters,
 * runs the simulation in the browser and sees the measurement beside the
 * prediction, the gap between them, and what governs the number.
 */

const DEFAULT_SEED = 1;

type Outcome = { predicted: number; measured: number; result: LabResult; params: Record<string, unknown>; seed: number };
type Saving = { status: "idle" | "saving" | "saved" } | { status: "failed"; message: string };

function ParameterField({ name, control, value, issues, onChange }: { name: string; control: Control; value: unknown; issues: string[]; onChange: (value: unknown) => void }) {
  if (control.kind === "choice") {
    return (
      <SelectField label={control.label} name={name} value={String(value)} errors={issues} onChange={(e) => onChange(e.target.value)}>
        {control.options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </SelectField>
    );
  }
  const range = `${formatNumber(control.min)} to ${formatNumber(control.max)}${control.unit ? ` ${control.unit}` : ""}`;
  return (
    <Field
      label={control.unit ? `${control.label} (${control.unit})` : control.label}
      name={name}
      type="number"
      inputMode={control.kind === "whole" ? "numeric" : "decimal"}
      min={control.min}
      max={control.max}
      step={control.kind === "whole" ? 1 : "any"}
      value={String(value)}
      hint={range}
      errors={issues}
      onChange={(e) => onChange(e.target.value === "" ? "" : Number(e.target.value))}
      className="w-full"
    />
  );
}

/** Whether the run was kept for the learner's dashboard, or how to keep the next one. */
function SaveStatus({ saving, learner }: { saving: Saving; learner: "loading" | "signed-out" | "signed-in" }) {
  const pathname = usePathname();
  const text = "mt-3 text-sm";
  if (learner === "loading") return null;
  if (learner === "signed-out") {
    return (
      <p className={`${text} text-slate-700 dark:text-slate-300`}>
        <a href={`/signin?next=${encodeURIComponent(pathname)}`} className="link">
          Sign in
        </a>{" "}
        to keep your predictions and results on your dashboard.
      </p>
    );
  }
  if (saving.status === "saving") return <p className={`${text} text-slate-700 dark:text-slate-300`}>Saving this run…</p>;
  if (saving.status === "saved") return <p className={`${text} text-green-800 dark:text-green-300`}>Saved to your dashboard.</p>;
  if (saving.status === "failed") return <p className={`${text} text-red-700 dark:text-red-400`}>{saving.message}</p>;
  return null;
}

function Runner({ lab }: { lab: AnyLab }) {
  const controls = controlsOf(lab.schema);
  const [params, setParams] = useState<Record<string, unknown>>({ ...(lab.defaults as Record<string, unknown>) });
  const [prediction, setPrediction] = useState("");
  const [seed, setSeed] = useState(DEFAULT_SEED);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [saving, setSaving] = useState<Saving>({ status: "idle" });
  const learner = useSignedInState();
  const [challenges, replaceChallenge] = useLabChallenges(lab.id, learner.status === "signed-in");
  const formId = useId();

  const issuesFor = (field: string) => issues.filter((i) => i.field === field).map((i) => i.message);

  function run(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const predicted = Number(prediction);
    if (prediction.trim() === "" || !Number.isFinite(predicted)) {
      setIssues([{ field: "prediction", message: `Write your prediction first, as a number in ${lab.prediction.unit}.` }]);
      return;
    }
    setRunning(true);
    // Let the "Running" state paint before a run that can take a second.
    setTimeout(() => {
      const result = runLab(lab, params, seed);
      setRunning(false);
      if (!result.ok) {
        setIssues(result.issues);
        return;
      }
      setIssues([]);
      setOutcome({ predicted, measured: result.measured, result: result.result, params: result.params as Record<string, unknown>, seed: result.seed });
      if (learner.status !== "signed-in") return;
      // The server runs it again from the same parameters and seed; what it stores is its own measurement.
      setSaving({ status: "saving" });
      saveLabRunAction({ labId: lab.id, params: result.params, seed: result.seed, predicted }).then(
        (saved) => setSaving(saved.ok ? { status: "saved" } : { status: "failed", message: saved.message }),
        () => setSaving({ status: "failed", message: "This run could not be saved. Check your connection and run it again." }),
      );
    }, 0);
  }

  const formIssues = issuesFor("");
  return (
    <div className="flex flex-col gap-6">
      <LabChallenges
        challenges={challenges}
        lastRun={outcome ? { params: outcome.params, seed: outcome.seed } : null}
        onUseSettings={(fixed, challengeSeed) => {
          setParams((p) => ({ ...p, ...fixed }));
          setSeed(challengeSeed);
          setIssues([]);
        }}
        onStanding={replaceChallenge}
      />
      <form onSubmit={run} noValidate aria-describedby={formIssues.length ? `${formId}-issues` : undefined} className="flex flex-col gap-4">
        <Field
          label={`Your prediction: ${lab.prediction.question} (${lab.prediction.unit})`}
          name="prediction"
          type="number"
          inputMode="decimal"
          step="any"
          value={prediction}
          errors={issuesFor("prediction")}
          onChange={(e) => setPrediction(e.target.value)}
          className="w-full sm:w-48"
        />
        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-semibold text-slate-900 dark:text-slate-100">Parameters</legend>
          {controls.map(({ name, control }) => (
            <ParameterField
              key={name}
              name={name}
              control={control}
              value={params[name]}
              issues={issuesFor(name)}
              onChange={(value) => setParams((p) => ({ ...p, [name]: value }))}
            />
          ))}
          <Field
            label="Seed"
            name="seed"
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={String(seed)}
            hint="The same parameters and seed always give the same run."
            errors={issuesFor("seed")}
            onChange={(e) => setSeed(e.target.value === "" ? Number.NaN : Number(e.target.value))}
            className="w-full"
          />
        </fieldset>
        {formIssues.length ? (
          <p id={`${formId}-issues`} role="alert" className="text-sm text-red-700 dark:text-red-400">
            {formIssues.join(" ")}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={buttonClass} disabled={running}>
            {running ? "Running…" : "Run"}
          </button>
          <button
            type="button"
            className={secondaryButtonClass}
            onClick={() => {
              setParams({ ...(lab.defaults as Record<string, unknown>) });
              setSeed(DEFAULT_SEED);
              setIssues([]);
            }}
          >
            Reset parameters
          </button>
        </div>
      </form>

      <p role="status" className="sr-only">
        {outcome
          ? `Run finished. The run measured ${Number.isFinite(outcome.measured) ? withUnit(outcome.measured, lab.prediction.unit) : "nothing"}. ${describeGap(outcome.predicted, outcome.measured, lab.prediction.unit)}`
          : ""}
      </p>
      {outcome ? (
        <div className="flex flex-col gap-6">
          <div className="rounded-md border border-slate-200 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-900">
            <h4 className="font-semibold text-slate-900 dark:text-slate-100">Prediction and measurement</h4>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-600 dark:text-slate-400">You predicted</dt>
              <dd className="font-semibold tabular-nums">{withUnit(outcome.predicted, lab.prediction.unit)}</dd>
              <dt className="text-slate-600 dark:text-slate-400">The run measured</dt>
              <dd className="font-semibold tabular-nums">{Number.isFinite(outcome.measured) ? withUnit(outcome.measured, lab.prediction.unit) : "nothing (never reached)"}</dd>
            </dl>
            <p className="mt-3 text-sm">{describeGap(outcome.predicted, outcome.measured, lab.prediction.unit)}</p>
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{lab.prediction.insight}</p>
            <SaveStatus saving={saving} learner={learner.status} />
          </div>
          <div>
            <h4 className="font-semibold text-slate-900 dark:text-slate-100">Results (seed {outcome.seed})</h4>
            <dl className="mt-2 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
              {outcome.result.metrics.map((m) => (
                <div key={m.label} className="flex justify-between gap-3 border-b border-slate-200 pb-1 dark:border-slate-800">
                  <dt className="text-slate-700 dark:text-slate-300">{m.label}</dt>
                  <dd className="font-semibold tabular-nums">{Number.isFinite(m.value) ? withUnit(m.value, m.unit) : "never reached"}</dd>
                </div>
              ))}
            </dl>
          </div>
          {outcome.result.figures.map((figure) => (
            <LabFigure key={figure.id} figure={figure} idPrefix={`${formId}-${figure.id}`} />
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** The lab with this id; the default export so lab-loader.tsx can load it on its own. */
export default function LabRunner({ id }: { id: string }) {
  const lab = findLab(id);
  if (!lab) return <p className="text-sm text-red-700 dark:text-red-400">This lab is not available.</p>;
  return <Runner lab={lab} />;
}
