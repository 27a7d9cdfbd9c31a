import "server-only";
import type { z } from "zod";
import { DataError } from "@/lib/data/errors";
import type { Viewer } from "@/lib/data/viewer";
import { fieldErrors, type FormState } from "@/lib/validation/form";
import { getViewer } from "./session";

export const SIGNED_OUT: FormState = { message: "Your session has ended. Sign in again to continue." };

type Options = {
  /** Fields the form shows; errors on any other input (hidden ids) become the form's message. */
  fields?: string[];
  /** Shows the data layer's refusal under this field instead of as the form's message. */
  errorField?: string;
  /** Echoed back on failure so the form keeps what was typed. */
  values?: Record<string, string>;
};

/**
 * The shape of every form action: parse with zod, check the session, call the
 * data layer (which authorizes), and turn its expected refusals (DataError,
 * 4xx) into a message. Anything else, including redirect(), propagates.
 */
export async function runFormAction<S extends z.ZodType>(
  schema: S,
  input: Record<string, unknown>,
  fn: (viewer: Viewer, data: z.output<S>) => Promise<FormState>,
  { fields = [], errorField, values }: Options = {},
): Promise<FormState> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    const hidden = Object.keys(errors).find((key) => !fields.includes(key));
    return hidden ? { message: errors[hidden]![0], values } : { fieldErrors: errors, values };
  }
  const viewer = await getViewer();
  if (!viewer) return { ...SIGNED_OUT, values };
  try {
    return await fn(viewer, parsed.data);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return errorField ? { fieldErrors: { [errorField]: [error.message] }, values } : { message: error.message, values };
  }
}
