import { describe, expect, it } from "vitest";
import { emailSchema, newPasswordSchema, safeCallbackPath, signUpSchema } from "./auth";

describe("emailSchema", () => {
  it("normalises case and surrounding space", () => {
    expect(emailSchema.parse("  Lena@Example.COM ")).toBe("lena@example.com");
  });
  it("rejects something that is not an email with a helpful message", () => {
    const result = emailSchema.safeParse("lena-at-example");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/name@example.com/);
  });
});

describe("newPasswordSchema", () => {
  it("accepts 8 characters and 64 characters with no composition rules", () => {
    expect(newPasswordSchema.safeParse("tangerine-owl").success).toBe(true);
    expect(newPasswordSchema.safeParse("a".repeat(63) + "b").success).toBe(true);
  });
  it("refuses passwords shorter than 8 characters", () => {
    expect(newPasswordSchema.safeParse("short1").error?.issues[0]?.message).toBe("Use at least 8 characters");
  });
  it("refuses the most common passwords with advice", () => {
    for (const common of ["password", "12345678", "Password1", "qwertyuiop"]) {
      const result = newPasswordSchema.safeParse(common);
      expect(result.success, common).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/most common/);
    }
  });
});

describe("signUpSchema", () => {
  it("reports every bad field at once", () => {
    const result = signUpSchema.safeParse({ name: " ", email: "x", password: "1" });
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(["email", "name", "password"]);
  });
});

describe("safeCallbackPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeCallbackPath("/paths/foundation-track?x=1")).toBe("/paths/foundation-track?x=1");
  });
  it.each([
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "javascript:alert(1)",
    "",
    undefined,
    42,
    // Dot segments that normalise to a host-relative path (the review's finding), and their cousins.
    "/.//evil.com",
    "/./\\evil.com",
    "/a/..//evil.com",
    "/%2e//evil.com",
    "/%2F%2Fevil.com",
    "/\t/evil.com",
  ])(
    "falls back for %s",
    (value) => {
      expect(safeCallbackPath(value)).toBe("/dashboard");
    },
  );
});
