import { describe, expect, it } from "vitest";
import { computePathProgress, type PathStep } from "./path-progress";

const steps: PathStep[] = [
  { id: "a/one", title: "One", href: "/one", minutes: 20 },
  { id: "a/two", title: "Two", href: "/two", minutes: 45 },
  { id: "a/three", title: "Three", href: "/three", minutes: 90 },
];

describe("computePathProgress", () => {
  it("counts completed steps, time left and the next step in path order", () => {
    const p = computePathProgress(steps, (id) => (id === "a/two" ? "completed" : id === "a/three" ? "in-progress" : "not-started"));
    expect(p.completedSteps).toBe(1);
    expect(p.percent).toBe(33);
    expect(p.totalMinutes).toBe(155);
    expect(p.minutesLeft).toBe(110);
    expect(p.next?.id).toBe("a/one");
  });
  it("is 100% with nothing next only when every step is completed", () => {
    const p = computePathProgress(steps, () => "completed");
    expect(p.percent).toBe(100);
    expect(p.minutesLeft).toBe(0);
    expect(p.next).toBeNull();
    expect(computePathProgress(steps, (id) => (id === "a/three" ? "in-progress" : "completed")).percent).toBe(66);
  });
  it("an empty path is 0%", () => {
    expect(computePathProgress([], () => "completed").percent).toBe(0);
  });
});
