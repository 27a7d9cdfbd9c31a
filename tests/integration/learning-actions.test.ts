import { describe, expect, it } from "vitest";
import { openStudyAction, setBookmarkAction, setCompletedAction } from "@/app/case-studies/actions";
import { startPathAction } from "@/app/paths/actions";

describe("learning server actions reject bad input before anything else", () => {
  it.each([
    ["a non-string id", () => setCompletedAction(42, true)],
    ["a malformed id", () => setCompletedAction("../../etc/passwd", true)],
    ["an oversized id", () => setBookmarkAction(`a/${"b".repeat(200)}`, true)],
    ["a non-boolean flag", () => setBookmarkAction("databases/etcd", "yes")],
    ["a missing id", () => openStudyAction(undefined)],
    ["a malformed path", () => startPathAction("Foundation Track!")],
  ])("%s is a 400 with a message", async (_name, call) => {
    const result = await call();
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect((result as { message: string }).message.length).toBeGreaterThan(5);
  });
});
