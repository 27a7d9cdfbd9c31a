import { describe, expect, it } from "vitest";
import { nameSchema } from "./auth";
import { classNameSchema, customPathSchema } from "./classes";

const first = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("names and titles", () => {
  it("refuse a NUL character with a message instead of reaching the database", () => {
    expect(first(nameSchema.safeParse("Ada\u0000Lovelace"))).toMatch(/control characters/);
    expect(first(classNameSchema.safeParse("Class\u0000"))).toMatch(/control characters/);
    expect(first(customPathSchema.safeParse({ title: "T\u0000", description: "", steps: ["databases/etcd"] }))).toMatch(/control characters/);
    expect(first(customPathSchema.safeParse({ title: "T", description: "a\u0000b", steps: ["databases/etcd"] }))).toMatch(/control characters/);
  });

  it("refuse bidirectional control characters that make a name display as something else", () => {
    for (const bidi of ["\u202e", "\u2066", "\u200f", "\u061c"]) {
      expect(first(nameSchema.safeParse(`Eve${bidi}nimda`)), JSON.stringify(bidi)).toMatch(/text-direction/);
    }
  });

  it("keep ordinary names in any script, and line breaks in descriptions", () => {
    for (const name of ["Zoë Ångström", "محمد", "李小龍", "O'Brien-Smith"]) expect(nameSchema.safeParse(name).success, name).toBe(true);
    expect(customPathSchema.safeParse({ title: "Path", description: "line one\nline two\ttabbed", steps: ["databases/etcd"] }).success).toBe(true);
  });
});
