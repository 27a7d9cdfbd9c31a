import "server-only";
import type { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { DataError } from "@/lib/data/errors";
import type { Viewer } from "@/lib/data/viewer";
import { fieldErrors, type FormState } from "@/lib/validation/form";

/*
 * The shape of every server action (docs/decisions/012-one-server-action-shape.md):
 * parse the input with zod, check the session, call the data layer (which
 * authorizes), and turn its expected refusals (DataError, a 4xx) into an
 * answer. Anything else, redirect() and notFound() included, propagates.
 *
 *   runFormAction    forms with useActionState: answers a FormState (field errors, a message)
 *   runPublicForm    the same for forms used signed out (sign in, sign up)
 *   runButtonAction  buttons calling an action with arguments: answers an ActionResult
 */

export const SIGNED_OUT: FormState = { message: "Your session has ended. Sign in again to continue." };

export type ActionResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string };

type FormOptions = {
  /** Fields the form shows; errors on any other input (hidden ids) become the form's message. */
  fields?: string[];
  /** Shows the data layer's refusal under this field instead of as the form's message. */
  errorField?: string;
  /** Echoed back on failure so the form keeps what was typed. */
  values?: Record<string, string>;
};

function parseForm<S extends z.ZodType>(schema: S, input: Record<string, unknown>, { fields = [], values }: FormOptions) {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { data: parsed.data as z.output<S> };
  const errors = fieldErrors(parsed.error);
  const hidden = Object.keys(errors).find((key) => !fields.includes(key));
  return { failure: (hidden ? { message: errors[hidden]![0], values } : { fieldErrors: errors, values }) as FormState };
}

function refusal(error: unknown, { errorField, values }: FormOptions): FormState {
  if (!(error instanceof DataError)) throw error;
  return errorField ? { fieldErrors: { [errorField]: [error.message] }, values } : { message: error.message, values };
}

export async function runFormAction<S extends z.ZodType>(
  schema: S,
  input: Record<string, unknown>,
  fn: (viewer: Viewer, data: z.output<S>) => Promise<FormState>,
  options: FormOptions = {},
): Promise<FormState> {
  const { data, failure } = parseForm(schema, input, options);
  if (failure) return failure;
  const viewer = await getViewer();
  if (!viewer) return { ...SIGNED_OUT, values: options.values };
  try {
    return await fn(viewer, data as z.output<S>);
  } catch (error) {
    return refusal(error, options);
  }
}

export async function runPublicForm<S extends z.ZodType>(
  schema: S,
  input: Record<string, unknown>,
  fn: (data: z.output<S>) => Promise<FormState>,
  options: FormOptions = {},
): Promise<FormState> {
  const { data, failure } = parseForm(schema, input, options);
  if (failure) return failure;
  try {
    return await fn(data as z.output<S>);
  } catch (error) {
    return refusal(error, options);
  }
}

export async function runButtonAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  fn: (viewer: Viewer, data: z.output<S>) => Promise<T>,
  signedOutMessage = "Sign in to continue",
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, message: parsed.error.issues[0]!.message };
  const viewer = await getViewer();
  if (!viewer) return { ok: false, status: 401, message: signedOutMessage };
  try {
    return { ok: true, data: await fn(viewer, parsed.data) };
  } catch (error) {
    if (error instanceof DataError) return { ok: false, status: error.status, message: error.message };
    throw error;
  }
}
