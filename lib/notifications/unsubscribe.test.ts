import { describe, expect, it } from "vitest";
import { unsubscribeParams, verifyUnsubscribe } from "./unsubscribe";

const SECRET = "a test secret that is long enough to sign links";

describe("unsubscribe links", () => {
  it("verify for the user and kind they were made for", () => {
    const params = Object.fromEntries(unsubscribeParams(SECRET, { userId: "user_1", kind: "reminders" }));
    expect(params.s).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verifyUnsubscribe(SECRET, params)).toEqual({ userId: "user_1", kind: "reminders" });
  });

  it("refuse another user, another kind, another secret, a changed signature and junk", () => {
    const params = Object.fromEntries(unsubscribeParams(SECRET, { userId: "user_1", kind: "assignments" }));
    expect(verifyUnsubscribe(SECRET, { ...params, u: "user_2" })).toBeNull();
    expect(verifyUnsubscribe(SECRET, { ...params, k: "reminders" })).toBeNull();
    expect(verifyUnsubscribe("another secret entirely, also long enough", params)).toBeNull();
    const flipped = params.s!.slice(0, -1) + (params.s!.endsWith("A") ? "B" : "A");
    expect(verifyUnsubscribe(SECRET, { ...params, s: flipped })).toBeNull();
    expect(verifyUnsubscribe(SECRET, { ...params, k: "everything" })).toBeNull();
    expect(verifyUnsubscribe(SECRET, { u: ["user_1"], k: "assignments", s: params.s })).toBeNull();
    expect(verifyUnsubscribe(SECRET, {})).toBeNull();
    expect(verifyUnsubscribe(SECRET, { ...params, u: "x".repeat(65) })).toBeNull();
  });

  it("do not change between releases (links in old emails must keep working)", () => {
    // A fixed vector: HMAC-SHA256 under key "k" of "unsubscribe:assignments:u".
    expect(Object.fromEntries(unsubscribeParams("k", { userId: "u", kind: "assignments" })).s).toBe("dT0OdeZ5HypFhNXhKOs5NsV8Rleq4wilyx7N0CtNxbM");
  });
});
