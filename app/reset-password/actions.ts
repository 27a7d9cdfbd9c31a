"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { runPublicForm } from "@/lib/actions";
import { completePasswordReset } from "@/lib/auth/password-reset";
import { clientIp } from "@/lib/auth/rate-limit";
import type { FormState } from "@/lib/validation/form";
import { resetPasswordSchema } from "@/lib/validation/password-reset";

/** Sets the new password; every session ends, so the user signs in with it next (the sign-in page says so). */
export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runPublicForm(
    resetPasswordSchema,
    { token: formData.get("token"), newPassword: formData.get("newPassword") },
    async ({ token, newPassword }) => {
      await completePasswordReset(token, newPassword, clientIp(await headers()));
      redirect("/signin?changed=password");
    },
    { fields: ["newPassword"] },
  );
}
