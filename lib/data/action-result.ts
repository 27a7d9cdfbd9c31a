import { DataError } from "./errors";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string };

/** Runs a data-layer call for a server action: expected errors become a status and a message, others propagate. */
export async function toActionResult<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    if (error instanceof DataError) return { ok: false, status: error.status, message: error.message };
    throw error;
  }
}
