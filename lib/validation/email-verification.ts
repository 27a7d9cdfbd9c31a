import { z } from "zod";
import { RESET_TOKEN_PATTERN, VERIFY_TOKEN_HOURS } from "@/lib/auth/reset-token";
import { emailSchema } from "./auth";

export const INVALID_VERIFY_LINK = `This confirmation link is not valid: it may have expired (links work for ${VERIFY_TOKEN_HOURS} hours), have been used already, or been replaced by a newer one. Ask for a new one on your account page.`;

export const confirmEmailSchema = z.object({
  token: z.string({ error: INVALID_VERIFY_LINK }).regex(RESET_TOKEN_PATTERN, INVALID_VERIFY_LINK),
});

export const changeEmailSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password to confirm" }).min(1, "Enter your password to confirm").max(200, "Enter your password to confirm"),
});
