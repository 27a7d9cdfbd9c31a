import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";

/** ~49,000 passwords seen most often in breach corpora (zxcvbn-ts' common list). */
const COMMON = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}
