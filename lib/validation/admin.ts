import { z } from "zod";
import { idSchema } from "./classes";

const ROLE_CHOICES = ["instructor", "admin"] as const;
export const setRoleSchema = z.object({
  userId: idSchema,
  role: z.enum(ROLE_CHOICES, { error: "Choose instructor or admin" }),
  granted: z.enum(["true", "false"], { error: "Choose grant or revoke" }).transform((v) => v === "true"),
});

export const USER_SEARCH_MAX = 100;
export const userSearchSchema = z
  .string({ error: "Search with text" })
  .trim()
  .max(USER_SEARCH_MAX, `Search with at most ${USER_SEARCH_MAX} characters`);
