import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, parseSearchParams } from "./query";

describe("parseSearchParams", () => {
  it("trims the query and starts at page 1", () => {
    expect(parseSearchParams({ q: "  kafka  " })).toEqual({ ok: true, query: "kafka", page: 1 });
  });

  it("treats a missing query as an empty search", () => {
    expect(parseSearchParams({})).toEqual({ ok: true, query: "", page: 1 });
  });

  it(`accepts ${MAX_QUERY_LENGTH} characters, not counting surrounding spaces`, () => {
    const query = "k".repeat(MAX_QUERY_LENGTH);
    expect(parseSearchParams({ q: `  ${query}  ` })).toEqual({ ok: true, query, page: 1 });
  });

  it("refuses a longer query with a message that says how long it may be, keeping what was typed", () => {
    const query = "k".repeat(MAX_QUERY_LENGTH + 1);
    const parsed = parseSearchParams({ q: query });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.q?.[0]).toMatch(/at most 200 characters/);
    expect(parsed.errors.page).toBeUndefined();
    expect(parsed.query).toBe(query);
  });

  it("reads a page number", () => {
    expect(parseSearchParams({ q: "kafka", page: "3" })).toEqual({ ok: true, query: "kafka", page: 3 });
  });

  it.each(["0", "-1", "1.5", "abc", "", "2e3", "99999"])("refuses page=%j with a message", (page) => {
    const parsed = parseSearchParams({ q: "kafka", page });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors.page?.[0]).toMatch(/page|Pages/);
      expect(parsed.query).toBe("kafka");
    }
  });

  it("uses the first value of a repeated parameter", () => {
    expect(parseSearchParams({ q: ["kafka", "redis"], page: ["2", "x"] })).toEqual({ ok: true, query: "kafka", page: 2 });
  });
});
