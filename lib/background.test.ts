import { describe, expect, it, vi } from "vitest";

const scheduled = vi.hoisted(() => [] as (() => Promise<void>)[]);
vi.mock("next/server", () => ({ after: (task: () => Promise<void>) => void scheduled.push(task) }));
const logged = vi.hoisted(() => [] as unknown[]);
vi.mock("@/lib/observability/log", () => ({ log: { error: (...args: unknown[]) => void logged.push(args) } }));

const { afterResponse } = await import("./background");

describe("afterResponse", () => {
  it("defers the work, and logs a failure instead of throwing it", async () => {
    let ran = false;
    afterResponse("fine", async () => {
      ran = true;
    });
    afterResponse("broken", async () => {
      throw Object.assign(new Error("relay refused"), { code: "EAUTH" });
    });
    expect(ran).toBe(false);
    expect(scheduled).toHaveLength(2);
    for (const task of scheduled) await expect(task()).resolves.toBeUndefined();
    expect(ran).toBe(true);
    expect(logged).toEqual([[{ task: "broken", err: { message: "relay refused", code: "EAUTH" } }, "background task failed"]]);
  });
});
