import { describe, expect, it } from "vitest";
import { selectTests } from "./select-tests";

describe("selectTests", () => {
  it("finds tests at every level by a word, a file or a folder", () => {
    expect(selectTests(["select-tests"]).vitest).toEqual(["scripts/lib/select-tests.test.ts"]);
    expect(selectTests(["e2e/auth.spec.ts"])).toEqual({ vitest: [], e2e: ["e2e/auth.spec.ts"] });
    const integration = selectTests(["tests/integration/"]);
    expect(integration.vitest.length).toBeGreaterThan(3);
    expect(integration.vitest.every((f) => f.startsWith("tests/integration/"))).toBe(true);
  });

  it("finds nothing for a pattern no file has", () => {
    expect(selectTests(["no-such-test-anywhere"])).toEqual({ vitest: [], e2e: [] });
  });
});
