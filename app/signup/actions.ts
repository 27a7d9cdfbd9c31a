"use server";

import { headers } from "next/headers";
import { signIn } from "@/lib/auth/auth";
import { clientIp, describeWait, takeSignUpAttempt } from "@/lib/auth/rate-limit";
import { DataError } from "@/lib/data/errors";
import { createAccount } from "@/lib/data/users";
import { safeCallbackPath, signUpSchema } from "@/lib/validation/auth";
import { fieldErrors, formValues, type FormState } from "@/lib/validation/form";

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["name", "email"]);
  const parsed = signUpSchema.safeParse({
    name: formData.get("name"),
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values };

  const limited = await takeSignUpAttempt(clientIp(await headers()), parsed.data.email);
  if (limited) return { message: `Too many sign-up attempts. Try again in ${describeWait(limited)}.`, values };

  try {
    await createAccount(parsed.data);
  } catch (error) {
    if (error instanceof DataError) return { fieldErrors: { email: [error.message] }, values };
    throw error;
  }
  await signIn("credentials", {
    email: parsed.data.email,
    password: parsed.data.password,
    redirectTo: safeCallbackPath(formData.get("next")),
  });
  return {};
}
