import { describe, expect, it } from "vitest";
import {
  dueDateSchema,
  generateJoinCode,
  JOIN_CODE_ALPHABET,
  joinCodeSchema,
  parseRosterPage,
  parseRosterSort,
  pathChoiceSchema,
  customPathSchema,
} from "./classes";

describe("join codes", () => {
  it("are 8 characters from an alphabet without look-alikes", () => {
    for (let i = 0; i < 500; i++) expect(generateJoinCode()).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}$/);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OILU]/);
  });

  it("use every character of the alphabet, roughly evenly (no modulo bias)", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) for (const c of generateJoinCode()) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(JOIN_CODE_ALPHABET.length);
    const expected = (3000 * 8) / JOIN_CODE_ALPHABET.length;
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.2);
  });

  it("do not repeat across many draws", () => {
    const codes = new Set(Array.from({ length: 5000 }, generateJoinCode));
    expect(codes.size).toBe(5000);
  });

  it("accept what people type: lower case, spaces and dashes", () => {
    expect(joinCodeSchema.parse(" k7qm-3xpa ")).toBe("K7QM3XPA");
    expect(joinCodeSchema.parse("K7QM 3XPA")).toBe("K7QM3XPA");
  });

  it("explain a code that cannot exist", () => {
    expect(joinCodeSchema.safeParse("").error?.issues[0]?.message).toMatch(/Enter the join code/);
    expect(joinCodeSchema.safeParse("K7QM3XP0").error?.issues[0]?.message).toMatch(/8 characters/);
    expect(joinCodeSchema.safeParse("K7QM3XP").success).toBe(false);
    expect(joinCodeSchema.safeParse(42).success).toBe(false);
  });
});

describe("due dates", () => {
  const now = () => new Date("2026-11-28T12:00:00Z");
  const schema = dueDateSchema(now);

  it("are the end of the chosen UTC day; empty means none", () => {
    expect(schema.parse("2026-12-31")?.toISOString()).toBe("2026-12-31T23:59:59.999Z");
    expect(schema.parse("")).toBeNull();
    expect(schema.parse("2026-11-28")?.toISOString()).toBe("2026-11-28T23:59:59.999Z");
  });

  it("refuse impossible, past and far-future dates with a message", () => {
    expect(schema.safeParse("2026-02-30").error?.issues[0]?.message).toBe("Enter a date like 2027-01-31");
    expect(schema.safeParse("31/12/2026").error?.issues[0]?.message).toBe("Enter a date like 2027-01-31");
    expect(schema.safeParse("2026-11-27").error?.issues[0]?.message).toBe("Choose today or a later date");
    expect(schema.safeParse("2035-01-01").error?.issues[0]?.message).toMatch(/within 3 years/);
  });
});

describe("path choices", () => {
  it("tell built-in slugs from custom paths", () => {
    expect(pathChoiceSchema.parse("foundation-track")).toEqual({ kind: "built-in", slug: "foundation-track" });
    expect(pathChoiceSchema.parse("custom:cm1abc")).toEqual({ kind: "custom", id: "cm1abc" });
  });

  it.each(["", "custom:", "custom:../x", "Foundation Track", "x".repeat(200)])("refuse %j", (value) => {
    expect(pathChoiceSchema.safeParse(value).success).toBe(false);
  });
});

describe("custom paths", () => {
  it("need a title and between 1 and 30 distinct studies", () => {
    const ok = customPathSchema.safeParse({ title: " Week 1 ", description: "", steps: ["databases/etcd"] });
    expect(ok.data?.title).toBe("Week 1");
    const bad = customPathSchema.safeParse({ title: "", description: "", steps: ["databases/etcd", "databases/etcd"] });
    expect(bad.error?.issues.map((i) => i.message)).toEqual(["Enter a title", "A study can appear only once in a path"]);
    expect(customPathSchema.safeParse({ title: "x", description: "", steps: [] }).error?.issues[0]?.message).toBe("Add at least one study");
  });
});

describe("roster sort", () => {
  it("reads known keys and directions", () => {
    expect(parseRosterSort({ sort: "assignment:abc", dir: "desc" })).toEqual({ sort: { key: "assignment:abc", dir: "desc" }, ignored: false });
    expect(parseRosterSort({})).toEqual({ sort: { key: "name", dir: "asc" }, ignored: false });
  });

  it("falls back to the name order and says so for anything else", () => {
    expect(parseRosterSort({ sort: "password", dir: "sideways" })).toEqual({ sort: { key: "name", dir: "asc" }, ignored: true });
    expect(parseRosterSort({ sort: ["name", "email"] })).toMatchObject({ ignored: true });
  });
});

describe("roster page numbers", () => {
  it("takes a positive whole number and reports anything else", () => {
    expect(parseRosterPage(undefined)).toEqual({ page: 1, ignored: false });
    expect(parseRosterPage("3")).toEqual({ page: 3, ignored: false });
    for (const bad of ["0", "-1", "1.5", "abc", "", "01", "9999999", ["2"]]) expect(parseRosterPage(bad), String(bad)).toEqual({ page: 1, ignored: true });
  });
});
