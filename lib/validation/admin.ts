import { z } from "zod";
import { idSchema } from "./classes";
import { USER_SEARCH_MAX } from "./limits";
import { lineText } from "./text";

const ROLE_CHOICES = ["instructor", "admin"] as const;
export const setRoleSchema = z.object({
  userId: idSchema,
  role: z.enum(ROLE_CHOICES, { error: "Choose instructor or admin" }),
  granted: z.enum(["true", "false"], { error: "Choose grant or revoke" }).transform((v) => v === "true"),
});

export const userSearchSchema = lineText({ what: "text to search for", max: USER_SEARCH_MAX, min: 0 });
