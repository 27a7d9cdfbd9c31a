import { useId, type ComponentProps, type ReactNode } from "react";
import { cx } from "./cx";
import { PASSWORD_MIN } from "@/lib/validation/limits";

export type FieldErrors = Record<string, string[] | undefined>;

type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string; className: string };

/** What every field takes besides its control's own attributes. */
type FieldProps = { label: ReactNode; name: string; errors?: string[]; hint?: ReactNode };

const controlClass =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:aria-[invalid=true]:border-red-400";

const checkboxClass = "mt-0.5 h-4 w-4 shrink-0 accent-blue-700 dark:accent-blue-400";

const labelClass = "text-sm font-medium text-slate-800 dark:text-slate-200";

/**
 * Label, hint and error around one control, with the error announced and
 * linked through aria-describedby. Every field below uses it. Without an `id`
 * the control gets one from useId, so the same form twice on a page (or two
 * forms with a field of the same name) never share an id.
 */
function FieldShell({
  id: givenId,
  label,
  hint,
  errors,
  className,
  inline = false,
  control,
}: {
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
  /** A checkbox: the control sits before its label, on one line. */
  inline?: boolean;
  control: (props: ControlProps) => ReactNode;
}) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  const rendered = control({
    id,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy,
    className: cx(inline ? checkboxClass : controlClass, className),
  });
  return (
    <div className="flex flex-col gap-1">
      {inline ? (
        <div className="flex items-start gap-2">
          {rendered}
          <label htmlFor={id} className="text-sm text-slate-800 dark:text-slate-200">
            {label}
          </label>
        </div>
      ) : (
        <>
          <label htmlFor={id} className={labelClass}>
            {label}
          </label>
          {rendered}
        </>
      )}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} errors={errors} />
    </div>
  );
}

/** A labelled input. */
export function Field({ label, name, errors, hint, id, className, ...input }: FieldProps & ComponentProps<"input">) {
  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      className={className}
      control={(props) => <input name={name} {...input} {...props} />}
    />
  );
}

/** The email field of the account forms: one label, type and autocomplete everywhere. */
export function EmailField({ defaultValue, errors }: { defaultValue?: string; errors?: string[] }) {
  return <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={defaultValue} errors={errors} />;
}

/** The new-password field of the account forms (change, reset): one label, rule and hint everywhere. */
export function NewPasswordField({ errors }: { errors?: string[] }) {
  return (
    <Field
      label="New password"
      name="newPassword"
      type="password"
      autoComplete="new-password"
      required
      hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong one.`}
      errors={errors}
    />
  );
}

/** A labelled multi-line text field. */
export function TextAreaField({ label, name, errors, hint, id, className, ...textarea }: FieldProps & ComponentProps<"textarea">) {
  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      className={className}
      control={(props) => <textarea name={name} {...textarea} {...props} />}
    />
  );
}

/** A labelled drop-down; its options (and optgroups) are the children. */
export function SelectField({
  label,
  name,
  errors,
  hint,
  id,
  className,
  children,
  ...select
}: Omit<FieldProps, "name"> & { name?: string } & ComponentProps<"select">) {
  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      className={className}
      control={(props) => (
        <select name={name} {...select} {...props}>
          {children}
        </select>
      )}
    />
  );
}

/** A checkbox with its label beside it. */
export function CheckboxField({
  label,
  name,
  errors,
  hint,
  id,
  className,
  ...input
}: FieldProps & Omit<ComponentProps<"input">, "type">) {
  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      className={className}
      inline
      control={(props) => <input type="checkbox" name={name} {...input} {...props} />}
    />
  );
}

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm text-red-700 dark:text-red-400">
      {errors.join(" ")}
    </p>
  );
}

/** A form-level message, announced to screen readers when it appears. */
export function FormMessage({ message, tone = "error" }: { message?: string; tone?: "error" | "success" }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} aria-live="polite">
      {message ? (
        <p
          className={
            tone === "error"
              ? "rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
              : "rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800 dark:border-green-800 dark:bg-green-950 dark:text-green-200"
          }
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}

export const buttonClass =
  "inline-flex items-center justify-center gap-2 rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800 disabled:cursor-not-allowed disabled:opacity-60 dark:bg-blue-600 dark:hover:bg-blue-700";

export const secondaryButtonClass =
  "inline-flex items-center justify-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";

export const dangerButtonClass =
  "inline-flex items-center justify-center gap-2 rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60 dark:bg-red-600 dark:hover:bg-red-700";
