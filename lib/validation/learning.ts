import { z } from "zod";

export const studyIdSchema = z
  .string({ error: "A study id is required" })
  .max(120, "That study id is too long")
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, "That is not a study id");

export const booleanSchema = z.boolean({ error: "Expected true or false" });
