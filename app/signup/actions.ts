"use server";

import { headers } from "next/headers";
import { runPublicForm } from "@/lib/actions";
import { signIn } from "@/lib/auth/auth";
import { linkOriginFor, sendSignUpVerification } from "@/lib/auth/email-verification";
import { clientIp, describeWait, takeSignUpAttempt } from "@/lib/auth/rate-limit";
import { createAccount } from "@/lib/data/users";
import { safeCallbackPath, signUpSchema } from "@/lib/validation/auth";
import { formValues, type FormState } from "@/lib/validation/form";

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["name", "email"]);
  return runPublicForm(
    signUpSchema,
    { name: formData.get("name"), email: formData.get("email"), password: formData.get("password") },
    async (account) => {
      const limited = await takeSignUpAttempt(clientIp(await headers()), account.email);
      if (limited) return { message: `Too many sign-up attempts. Try again in ${describeWait(limited)}.`, values };
      const created = await createAccount(account);
      // The account works at once; the confirmation link goes out after the response.
      sendSignUpVerification(created.id, linkOriginFor(await headers()));
      await signIn("credentials", { email: account.email, password: account.password, redirectTo: safeCallbackPath(formData.get("next")) });
      return {};
    },
    { fields: ["name", "email", "password"], errorField: "email", values },
  );
}
