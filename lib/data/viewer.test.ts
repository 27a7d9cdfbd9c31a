import { describe, expect, it } from "vitest";
import { can, type Viewer } from "./viewer";

const viewer = (grants: string[]): Viewer => ({ id: "u", name: "U", email: "u@example.test", emailVerified: true, roles: ["learner"], permissions: new Set(grants) });

describe("can", () => {
  it("an `any` grant includes `own`, not the other way round", () => {
    expect(can(viewer(["read:user:any"]), "read", "user", "own")).toBe(true);
    expect(can(viewer(["read:roster:own"]), "read", "roster", "any")).toBe(false);
  });

  it("a misspelt permission does not compile, instead of silently denying", () => {
    // @ts-expect-error "raed" is not an action any role grants
    expect(can(viewer(["read:roster:own"]), "raed", "roster", "own")).toBe(false);
    // @ts-expect-error "rooster" is not an entity
    expect(can(viewer(["read:roster:own"]), "read", "rooster", "own")).toBe(false);
  });
});
