/**
 * The query-string and form parsers never throw, whatever arrives: they
 * answer ok or a list of messages (fast-check; FUZZ_RUNS inputs, 1,000 under
 * `npm run test:resilience`).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFilters } from "@/lib/content/catalog-filters";
import { parseSearchParams } from "@/lib/search/query";
import { safeCallbackPath } from "./auth";
import { dueDateSchema, joinCodeSchema, pathChoiceSchema } from "./classes";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const text = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.constantFrom("", "%E0%A4%A", "\u0000", "a".repeat(10_000), "1e309", "-0", "__proto__"));
const paramValue = fc.oneof(text, fc.array(text, { maxLength: 5 }), fc.constant(undefined));
const params = fc.dictionary(fc.oneof(fc.constantFrom("q", "page", "difficulty", "time", "focus", "theme", "domain", "__proto__", "constructor"), fc.string()), paramValue, { maxKeys: 8 });

describe("parsers under fuzzing", () => {
  it("the search query string gives ok or messages, never an exception", () => {
    fc.assert(
      fc.property(params, (p) => {
        const parsed = parseSearchParams(p);
        if (parsed.ok) expect(parsed.page).toBeGreaterThanOrEqual(1);
        else expect(Object.values(parsed.errors).flat().length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it("catalog filters keep only known values and report the rest", () => {
    fc.assert(
      fc.property(params, (p) => {
        const { filters } = parseFilters(p);
        for (const values of Object.values(filters)) expect(values.every((v) => typeof v === "string" && v.length < 40)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("a callback path is always same-site", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.webUrl(), fc.string().map((s) => `/${s}`), fc.string().map((s) => `//${s}`)), (value) => {
        const path = safeCallbackPath(value);
        expect(path.startsWith("/")).toBe(true);
        expect(path.startsWith("//") || path.startsWith("/\\")).toBe(false);
        expect(new URL(path, "https://site.example").origin).toBe("https://site.example");
      }),
      { numRuns: RUNS },
    );
  });

  it("join codes, path choices and due dates parse or explain", () => {
    const schemas = [joinCodeSchema, pathChoiceSchema, dueDateSchema()];
    fc.assert(
      fc.property(fc.oneof(text, fc.anything()), (value) => {
        for (const schema of schemas) {
          const result = schema.safeParse(value);
          if (!result.success) expect(result.error.issues[0]?.message).toMatch(/\S/);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
