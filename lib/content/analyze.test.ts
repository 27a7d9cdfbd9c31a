import { describe, expect, it } from "vitest";
import { analyzeBody, countWords } from "./analyze";

describe("analyzeBody", () => {
  const body = [
    "## Architecture Overview",
    "",
    "The log is the database. It has 3 replicas.",
    "",
    "```ts",
    "const a = 1; const b = 2;",
    "```",
    "",
    '<Diagram title="T" alt="An alt text" nodes={[{ id: "a", label: "Many words in a label", col: 0, row: 0 }]} />',
    "",
    "## Solutions Applied",
    "",
    "### Decision: Use a log",
    "",
    '<Question kind="estimation" q="How many bytes?">',
    "",
    "About ten.",
    "",
    "</Question>",
  ].join("\n");
  const a = analyzeBody(body);

  it("counts prose but not code or component props", () => {
    expect(a.codeWords).toBeGreaterThan(0);
    // headings (2 + 2 + 4) + paragraph (9) + question text (3) + answer (2)
    expect(a.proseWords).toBe(22);
  });
  it("records sections, subsections, elements and question kinds", () => {
    expect(a.sections.map((s) => s.heading.text)).toEqual(["Architecture Overview", "Solutions Applied"]);
    expect(a.sections[1]!.subheadings).toEqual(["Decision: Use a log"]);
    expect(a.elements).toEqual(["Diagram", "Question"]);
    expect(a.questionKinds).toEqual(["estimation"]);
    expect(a.headings[0]!.id).toBe("architecture-overview");
  });
  it("keeps plain text for search without code", () => {
    expect(a.plainText).toContain("The log is the database.");
    expect(a.plainText).not.toContain("const a");
  });
  it("throws with a position on invalid MDX", () => {
    expect(() => analyzeBody("Hello <Callout>\n\nunclosed")).toThrow();
  });
});

describe("countWords", () => {
  it("treats numbers with units and punctuation as words", () => {
    expect(countWords("10T+ requests/day at 99.99% p99")).toBe(5);
  });
});
