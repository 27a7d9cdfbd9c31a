import { z } from "zod";
import { RESET_TOKEN_MINUTES, RESET_TOKEN_PATTERN } from "@/lib/auth/reset-token";
import { emailSchema, newPasswordSchema } from "./auth";

export const INVALID_RESET_LINK =
  "This reset link is not valid: it may have expired (links work for 30 minutes) or have been used already. Ask for a new one.";

/** The one answer to every accepted request, whether or not the address has an account. */
export const RESET_LINK_SENT = `If an account uses that address, a link to choose a new password is on its way. It works once, for ${RESET_TOKEN_MINUTES} minutes. Check your spam folder if it has not arrived in a few minutes.`;

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: z.string({ error: INVALID_RESET_LINK }).regex(RESET_TOKEN_PATTERN, INVALID_RESET_LINK),
  newPassword: newPasswordSchema,
});
