import { describe, expect, it } from "vitest";

process.env.DATABASE_URL ??= "postgresql://u:p@127.0.0.1:5432/db";
process.env.AUTH_SECRET ??= "x".repeat(40);
const { parseEnv } = await import("./env");

describe("parseEnv", () => {
  it("names each bad variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", AUTH_SECRET: "short" })).toThrow(
      /DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL\n {2}AUTH_SECRET: must be at least 32 characters/,
    );
  });
  it("says a missing variable is required", () => {
    expect(() => parseEnv({ AUTH_SECRET: "x".repeat(32) })).toThrow(/DATABASE_URL: is required/);
  });
  it("accepts a valid environment and applies defaults", () => {
    const env = parseEnv({ DATABASE_URL: "postgres://a@b/c", AUTH_SECRET: "y".repeat(32) });
    expect(env.DATABASE_POOL_SIZE).toBe(10);
    expect(env.NODE_ENV).toBe("development");
  });
});
