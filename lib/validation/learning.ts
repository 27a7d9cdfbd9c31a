import { z } from "zod";
import { NOTE_MAX } from "./limits";

export const studyIdSchema = z
  .string({ error: "A study id is required" })
  .max(120, "That study id is too long")
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, "That is not a study id");

export const booleanSchema = z.boolean({ error: "Expected true or false" });

export const pathSlugSchema = z
  .string({ error: "A path is required" })
  .max(80, "That path name is too long")
  .regex(/^[a-z0-9-]+$/, "That is not a path");


/** A private note: plain text, control characters other than newlines and tabs removed. */
export const noteSchema = z
  .string({ error: "The note must be text" })
  .max(NOTE_MAX, `Keep the note under ${NOTE_MAX.toLocaleString("en")} characters`)
  .transform((s) => s.replace(/\r\n/g, "\n").replace(/[^\P{Cc}\n\t]/gu, "").trim());
