"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { runPublicForm } from "@/lib/actions";
import { signIn } from "@/lib/auth/auth";
import { providerButtons } from "@/lib/auth/providers";
import { clientIp, describeWait, signInWait } from "@/lib/auth/rate-limit";
import { safeCallbackPath, signInSchema } from "@/lib/validation/auth";
import { formValues, type FormState } from "@/lib/validation/form";

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email"]);
  return runPublicForm(
    signInSchema,
    { email: formData.get("email"), password: formData.get("password") },
    async ({ email, password }) => {
      // Only to explain a wait already in force; the attempt itself is counted where the password is checked.
      const limited = await signInWait(clientIp(await headers()), email);
      if (limited) return { message: `Too many sign-in attempts. Try again in ${describeWait(limited)}.`, values };
      try {
        await signIn("credentials", { email, password, redirectTo: safeCallbackPath(formData.get("next")) });
      } catch (error) {
        // Only a refused credential is the user's mistake; any other failure is ours and must not pass for one.
        if (error instanceof AuthError && error.type === "CredentialsSignin") {
          const code = (error as AuthError & { code?: string }).code;
          if (code === "rate_limited") return { message: "Too many sign-in attempts. Try again in a few minutes.", values };
          return { message: "Incorrect email or password.", values };
        }
        throw error; // the redirect after a successful sign-in, or a real failure
      }
      return {};
    },
    { fields: ["email", "password"], values },
  );
}

/** "Continue with <provider>": Auth.js sends the browser to the provider (docs/decisions/018). */
export async function providerSignInAction(formData: FormData): Promise<void> {
  const provider = formData.get("provider");
  const known = providerButtons().some((p) => p.id === provider);
  // Not a configured provider: back to the page, which shows the buttons that exist.
  if (!known) redirect("/signin");
  await signIn(provider as string, { redirectTo: safeCallbackPath(formData.get("next")) });
}
