import { z } from "zod";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { lineText } from "./text";

import { PASSWORD_MAX, PASSWORD_MIN } from "./limits";

export const emailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long")
  .pipe(z.email({ error: "Enter an email address like name@example.com" }));

export const nameSchema = lineText({ what: "your name", max: 80 });

/** NIST SP 800-63B: length, no composition rules, refuse common passwords. */
export const newPasswordSchema = z
  .string({ error: "Enter a password" })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`)
  .refine((p) => !isCommonPassword(p), {
    message: "This password is one of the most common ones and is easy to guess. Try a longer phrase of unrelated words.",
  });

export const signUpSchema = z.object({ name: nameSchema, email: emailSchema, password: newPasswordSchema });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password").max(PASSWORD_MAX, "Incorrect email or password"),
});

export const changeNameSchema = z.object({ name: nameSchema });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(PASSWORD_MAX),
    newPassword: newPasswordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one",
  });

/** A path the browser would read as another host: `//evil.com`, `/\\evil.com`. */
const hostRelative = (path: string) => path.startsWith("//") || path.startsWith("/\\");

/**
 * Same-site relative paths only. The path is normalised first (as the browser
 * will: `/.//evil.com` becomes `//evil.com`) and the result checked again, so
 * dot segments, backslashes and encoded slashes cannot smuggle in another host.
 */
export function safeCallbackPath(value: unknown, fallback = "/dashboard"): string {
  if (typeof value !== "string" || !value.startsWith("/") || hostRelative(value) || /[\u0000-\u001f]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://local.invalid");
    const path = `${url.pathname}${url.search}${url.hash}`;
    if (url.origin !== "http://local.invalid" || hostRelative(path) || /^\/%2f/i.test(url.pathname) || /^\/%5c/i.test(url.pathname)) return fallback;
    return path;
  } catch {
    return fallback;
  }
}
