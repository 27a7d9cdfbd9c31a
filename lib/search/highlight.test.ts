import { describe, expect, it } from "vitest";
import { markTerms, prepareText, snippet, SNIPPET_WORDS, type Segment } from "./highlight";

const render = (segments: Segment[] | null) => segments?.map((s) => (s.match ? `[${s.text}]` : s.text)).join("") ?? null;
const words = (n: number, word = "filler") => Array.from({ length: n }, () => word).join(" ");

describe("markTerms", () => {
  it("marks whole words whatever their case, keeping punctuation around them", () => {
    expect(render(markTerms("Kafka's log: a KAFKA topic.", new Set(["kafka"])))).toBe("[Kafka]'s log: a [KAFKA] topic.");
  });

  it("marks neighbouring matches as one phrase", () => {
    expect(markTerms("Use consistent hashing (consistent-hashing) or consistent, hashing", new Set(["consistent", "hashing"]))).toEqual([
      { text: "Use ", match: false },
      { text: "consistent hashing", match: true },
      { text: " (", match: false },
      { text: "consistent-hashing", match: true },
      { text: ") or ", match: false },
      { text: "consistent", match: true },
      { text: ", ", match: false },
      { text: "hashing", match: true },
    ]);
  });

  it("does not mark a word that only contains a term", () => {
    expect(markTerms("Kafkaesque queues", new Set(["kafka"]))).toEqual([{ text: "Kafkaesque queues", match: false }]);
  });

  it("matches accented words by their unaccented terms", () => {
    expect(render(markTerms("Data centres in Zürich", new Set(["zurich"])))).toBe("Data centres in [Zürich]");
  });

  it("keeps markup in content as literal text, never as something to interpret", () => {
    const text = `<script>alert("kafka")</script> & <b>kafka</b>`;
    const segments = markTerms(text, new Set(["kafka"]));
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(["kafka", "kafka"]);
  });
});

describe("snippet", () => {
  it("is about thirty words around the match, with ellipses where it cuts", () => {
    const text = `${words(100)} the broker stores the log ${words(100)}`;
    const result = render(snippet(prepareText(text), new Set(["broker"])))!;
    expect(result.startsWith("… ")).toBe(true);
    expect(result.endsWith(" …")).toBe(true);
    expect(result).toContain("the [broker] stores the log");
    expect(result.replace(/… | …/g, "").split(" ")).toHaveLength(SNIPPET_WORDS);
  });

  it("centres the matches in the excerpt", () => {
    const text = `${words(100, "before")} kafka ${words(100, "after")}`;
    const excerpt = render(snippet(prepareText(text), new Set(["kafka"])))!.replace(/… | …/g, "").split(" ");
    const at = excerpt.indexOf("[kafka]");
    expect(Math.abs(at - (excerpt.length - 1 - at))).toBeLessThanOrEqual(1);
  });

  it("starts at the beginning of a sentence when one is a few words before the match", () => {
    const text = `${words(60)}. The broker appends every record to the log ${words(60)}`;
    expect(render(snippet(prepareText(text), new Set(["log"])))).toMatch(/^… The broker appends every record to the \[log\]/);
  });

  it("prefers the passage with the most different query words over repeats of one", () => {
    const text = `kafka kafka kafka kafka ${words(60)} kafka replication ${words(60)}`;
    expect(render(snippet(prepareText(text), new Set(["kafka", "replication"])))).toContain("[kafka replication]");
  });

  it("shows a short text whole, without ellipses, and collapses its line breaks", () => {
    expect(render(snippet(prepareText("Apache Kafka\nis a log."), new Set(["log"])))).toBe("Apache Kafka is a [log].");
  });

  it("is null when no word matches", () => {
    expect(snippet(prepareText("Nothing relevant here."), new Set(["kafka"]))).toBeNull();
    expect(snippet(prepareText(""), new Set(["kafka"]))).toBeNull();
  });

  it("never turns markup in the body into anything but text", () => {
    const result = snippet(prepareText(`<img src=x onerror="alert(1)"> kafka <em>log</em>`), new Set(["kafka"]))!;
    expect(result.map((s) => s.text).join("")).toBe(`<img src=x onerror="alert(1)"> kafka <em>log</em>`);
  });
});
