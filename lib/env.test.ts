import { describe, expect, it } from "vitest";

process.env.DATABASE_URL ??= "postgresql://u:p@127.0.0.1:5432/db";
process.env.AUTH_SECRET ??= "unit-test-secret-9f2K7qLm3ZxW8vB1";
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
  it("refuses a placeholder secret, such as the one docker-compose used to fall back to", () => {
    expect(() => parseEnv({ DATABASE_URL: "postgres://a@b/c", AUTH_SECRET: "change-me-change-me-change-me-change-me" })).toThrow(/AUTH_SECRET: looks like a placeholder/);
    expect(() => parseEnv({ DATABASE_URL: "postgres://a@b/c", AUTH_SECRET: "y".repeat(40) })).toThrow(/AUTH_SECRET: looks like a placeholder/);
  });
  it("accepts a valid environment and applies defaults", () => {
    const env = parseEnv({ DATABASE_URL: "postgres://a@b/c", AUTH_SECRET: "k3J9pQ2xV7mN4bR8tY1wZ6cF0hL5sD3gA" });
    expect(env.DATABASE_POOL_SIZE).toBe(10);
    expect(env.NODE_ENV).toBe("development");
  });
  it("takes an empty AUTH_URL (docker compose passes one when it is unset) as unset, and refuses one that is not an origin", () => {
    const base = { DATABASE_URL: "postgres://a@b/c", AUTH_SECRET: "k3J9pQ2xV7mN4bR8tY1wZ6cF0hL5sD3gA" };
    expect(parseEnv({ ...base, AUTH_URL: "" }).AUTH_URL).toBeUndefined();
    expect(parseEnv({ ...base, AUTH_URL: "https://learn.example.org" }).AUTH_URL).toBe("https://learn.example.org");
    expect(() => parseEnv({ ...base, AUTH_URL: "learn.example.org" })).toThrow(/AUTH_URL: must be the site's http\(s\) origin/);
  });
});
