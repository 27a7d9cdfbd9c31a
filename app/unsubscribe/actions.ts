"use server";

import { z } from "zod";
import { runPublicForm } from "@/lib/actions";
import { DataError } from "@/lib/data/errors";
import { unsubscribe } from "@/lib/data/notifications";
import { env } from "@/lib/env";
import { INVALID_UNSUBSCRIBE, verifyUnsubscribe } from "@/lib/notifications/unsubscribe";
import type { FormState } from "@/lib/validation/form";

const schema = z.object({ u: z.string().max(64), k: z.string().max(20), s: z.string().max(64) }, { error: INVALID_UNSUBSCRIBE });

/** The button of an unsubscribe link: the signed parameters are the authorization, no session needed. */
export async function unsubscribeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runPublicForm(schema, { u: formData.get("u"), k: formData.get("k"), s: formData.get("s") }, async (params) => {
    const valid = verifyUnsubscribe(env.AUTH_SECRET, params);
    if (!valid) throw new DataError(400, INVALID_UNSUBSCRIBE);
    await unsubscribe(valid.userId, valid.kind);
    return { ok: true, message: valid.kind === "assignments" ? "You will get no more emails about new assignments." : "You will get no more due-date reminders." };
  });
}
