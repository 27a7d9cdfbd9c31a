"use server";

import { headers } from "next/headers";
import { runPublicForm } from "@/lib/actions";
import { linkOriginFor, requestPasswordReset } from "@/lib/auth/password-reset";
import { clientIp, describeWait } from "@/lib/auth/rate-limit";
import { formValues, type FormState } from "@/lib/validation/form";
import { forgotPasswordSchema, RESET_LINK_SENT } from "@/lib/validation/password-reset";

export async function forgotPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email"]);
  return runPublicForm(
    forgotPasswordSchema,
    { email: formData.get("email") },
    async ({ email }) => {
      const requestHeaders = await headers();
      const limited = await requestPasswordReset({ email, address: clientIp(requestHeaders), origin: linkOriginFor(requestHeaders) });
      if (limited) return { message: `Too many reset requests for now. Try again in ${describeWait(limited)}.`, values };
      return { ok: true, message: RESET_LINK_SENT, values };
    },
    { fields: ["email"], values },
  );
}
