"use server";

import { headers } from "next/headers";
import { runPublicForm } from "@/lib/actions";
import { completeEmailVerification } from "@/lib/auth/email-verification";
import { clientIp } from "@/lib/auth/rate-limit";
import { confirmEmailSchema } from "@/lib/validation/email-verification";
import type { FormState } from "@/lib/validation/form";

/** Follows a confirmation link; it needs no session, since the link itself is the proof. */
export async function confirmEmailAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runPublicForm(confirmEmailSchema, { token: formData.get("token") }, async ({ token }) => {
    const done = await completeEmailVerification(token, clientIp(await headers()));
    return { ok: true, message: done.changed ? `Your account's address is now ${done.email}.` : `${done.email} is confirmed. Thank you.` };
  });
}
