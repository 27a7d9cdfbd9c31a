import { z } from "zod";
import { emailSchema } from "./auth";
import { studyIdSchema } from "./learning";
import { CLASS_NAME_MAX, PATH_DESCRIPTION_MAX, PATH_STEPS_MAX, PATH_TITLE_MAX } from "./limits";
import { findChallenge } from "@/lib/labs/challenges";
import { lineText, multilineText } from "./text";

/**
 * Join codes: 8 characters from an alphabet without the look-alikes 0/O,
 * 1/I/L (and U, which Crockford's base 32 drops too). 30^8 is about 6.6e11
 * codes; with 10 attempts per user per 10 minutes, guessing one is hopeless.
 */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const JOIN_CODE_LENGTH = 8;
const JOIN_CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** A fresh code from the Web Crypto generator, without modulo bias (rejection sampling). */
export function generateJoinCode(): string {
  const limit = 256 - (256 % JOIN_CODE_ALPHABET.length);
  let code = "";
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
    }
  }
  return code;
}

/** What people type: any case, with spaces or dashes between groups. */
export const joinCodeSchema = z
  .string({ error: "Enter the join code your instructor gave you" })
  .transform((v) => v.replace(/[\s-]/g, "").toUpperCase())
  .pipe(
    z
      .string()
      .min(1, "Enter the join code your instructor gave you")
      .regex(
        JOIN_CODE_PATTERN,
        `A join code has ${JOIN_CODE_LENGTH} characters: letters and the digits 2 to 9 (there is no 0, O, 1, I, L or U)`,
      ),
  );

/** Database ids (cuid) in URLs and hidden fields; anything else is not found. */
export const idSchema = z
  .string({ error: "An id is required" })
  .min(1, "An id is required")
  .max(64, "That id is not valid")
  .regex(/^[A-Za-z0-9_-]+$/, "That id is not valid");

export const classNameSchema = lineText({ what: "a class name", max: CLASS_NAME_MAX });

export const createClassSchema = z.object({ name: classNameSchema });
export const renameClassSchema = z.object({ classId: idSchema, name: classNameSchema });
export const classIdSchema = z.object({ classId: idSchema });
export const joinEnabledSchema = z.object({ classId: idSchema, enabled: z.enum(["true", "false"]).transform((v) => v === "true") });
export const classMemberSchema = z.object({ classId: idSchema, userId: idSchema });
export const coInstructorSchema = z.object({ classId: idSchema, email: emailSchema });
export const joinClassSchema = z.object({ code: joinCodeSchema });

/** A path to assign: a built-in slug, or `custom:<id>` for an instructor's own path. */
export type PathChoice = { kind: "built-in"; slug: string } | { kind: "custom"; id: string };
export const pathChoiceSchema = z
  .string({ error: "Choose a path" })
  .min(1, "Choose a path")
  .max(80, "Choose a path from the list")
  .transform((value, ctx): PathChoice => {
    if (value.startsWith("custom:")) {
      const id = idSchema.safeParse(value.slice("custom:".length));
      if (id.success) return { kind: "custom", id: id.data };
    } else if (/^[a-z0-9-]+$/.test(value)) {
      return { kind: "built-in", slug: value };
    }
    ctx.addIssue({ code: "custom", message: "Choose a path from the list" });
    return z.NEVER;
  });

const DAY_MS = 24 * 60 * 60 * 1000;
export const DUE_DATE_MAX_YEARS = 3;

/**
 * A due date is a calendar day, due at the end of that day in UTC, so everyone
 * sees the same date whatever their time zone. Empty means no due date.
 */
export function dueDateSchema(now: () => Date = () => new Date()) {
  return z
    .string({ error: "Enter a date like 2027-01-31" })
    .trim()
    .transform((value, ctx): Date | null => {
      if (value === "") return null;
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      const date = match ? new Date(`${value}T23:59:59.999Z`) : null;
      if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
        ctx.addIssue({ code: "custom", message: "Enter a date like 2027-01-31" });
        return z.NEVER;
      }
      const current = now();
      if (date.getTime() < current.getTime()) {
        ctx.addIssue({ code: "custom", message: "Choose today or a later date" });
        return z.NEVER;
      }
      if (date.getTime() > current.getTime() + DUE_DATE_MAX_YEARS * 366 * DAY_MS) {
        ctx.addIssue({ code: "custom", message: `Choose a date within ${DUE_DATE_MAX_YEARS} years` });
        return z.NEVER;
      }
      return date;
    });
}

/** A lab challenge to set with a path, or none (an empty choice). */
export const challengeChoiceSchema = z
  .string()
  .max(80, "Choose a challenge from the list")
  .nullish()
  .transform((value, ctx): string | null => {
    if (!value) return null;
    if (findChallenge(value)) return value;
    ctx.addIssue({ code: "custom", message: "Choose a challenge from the list" });
    return z.NEVER;
  });

export const assignPathSchema = z.object({ classId: idSchema, path: pathChoiceSchema, dueDate: dueDateSchema(), challenge: challengeChoiceSchema });
export const assignmentChallengeSchema = z.object({ assignmentId: idSchema, challenge: challengeChoiceSchema });
export const assignmentDueSchema = z.object({ assignmentId: idSchema, dueDate: dueDateSchema() });
export const assignmentIdSchema = z.object({ assignmentId: idSchema });

export const customPathSchema = z.object({
  title: lineText({ what: "a title", max: PATH_TITLE_MAX }),
  description: multilineText({ what: "the description", max: PATH_DESCRIPTION_MAX }),
  steps: z
    .array(studyIdSchema, { error: "Add at least one study" })
    .min(1, "Add at least one study")
    .max(PATH_STEPS_MAX, `A path has at most ${PATH_STEPS_MAX} studies`)
    .refine((steps) => new Set(steps).size === steps.length, "A study can appear only once in a path"),
});
export type CustomPathInput = z.output<typeof customPathSchema>;
export const customPathIdSchema = z.object({ pathId: idSchema });

/** Roster sort order from the query string. */
export type RosterSortKey = "name" | "email" | "joined" | `assignment:${string}`;
export type RosterSort = { key: RosterSortKey; dir: "asc" | "desc" };
export const DEFAULT_ROSTER_SORT: RosterSort = { key: "name", dir: "asc" };
const SORT_KEY = /^(name|email|joined|assignment:[A-Za-z0-9_-]{1,64})$/;

/** Unknown values fall back to the default order and are reported, so the page can say so. */
export function parseRosterSort(params: { sort?: unknown; dir?: unknown }): { sort: RosterSort; ignored: boolean } {
  const key = typeof params.sort === "string" && SORT_KEY.test(params.sort) ? (params.sort as RosterSortKey) : null;
  const dir = params.dir === "asc" || params.dir === "desc" ? params.dir : null;
  const ignored = (params.sort !== undefined && !key) || (params.dir !== undefined && !dir);
  return { sort: { key: key ?? DEFAULT_ROSTER_SORT.key, dir: dir ?? DEFAULT_ROSTER_SORT.dir }, ignored };
}

const PAGE = /^[1-9][0-9]{0,5}$/;

/** `?page=N` of the roster: a positive whole number; anything else is page 1, reported so the page can say so. */
export function parseRosterPage(value: unknown): { page: number; ignored: boolean } {
  if (value === undefined) return { page: 1, ignored: false };
  if (typeof value === "string" && PAGE.test(value)) return { page: Number(value), ignored: false };
  return { page: 1, ignored: true };
}
