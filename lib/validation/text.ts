import { z } from "zod";

/** C0 and C1 control characters (NUL included), which no name or title has a use for. */
const LINE_CONTROLS = /[\u0000-\u001f\u007f-\u009f]/u;
/** The same, but a multi-line text may keep its tabs and line breaks. */
const TEXT_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
/**
 * Bidirectional controls reorder what is displayed around them, so a name can
 * show one thing and sort or search as another ("Trojan Source").
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

type Options = { what: string; max: number; min?: number };

/** One line of user text (a name, a title): trimmed, no control or bidi characters. */
export function lineText({ what, max, min = 1 }: Options) {
  return z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(min, `Enter ${what}`)
    .max(max, `Use at most ${max} characters`)
    .refine((v) => !LINE_CONTROLS.test(v), "Remove the invisible control characters (such as line breaks or NUL)")
    .refine((v) => !BIDI_CONTROLS.test(v), "Remove the invisible text-direction characters");
}

/** Several lines of user text (a description): line breaks and tabs kept, other controls refused. */
export function multilineText({ what, max }: Omit<Options, "min">) {
  return z
    .string({ error: `${what[0]!.toUpperCase()}${what.slice(1)} must be text` })
    .trim()
    .max(max, `Use at most ${max} characters`)
    .refine((v) => !TEXT_CONTROLS.test(v), "Remove the invisible control characters (such as NUL)")
    .refine((v) => !BIDI_CONTROLS.test(v), "Remove the invisible text-direction characters");
}
