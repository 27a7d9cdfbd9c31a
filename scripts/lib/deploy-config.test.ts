import fs from "node:fs";
import { describe, expect, it } from "vitest";

const compose = fs.readFileSync("docker-compose.yml", "utf8");

/** The lines of one top-level service's block in docker-compose.yml. */
function service(name: string): string {
  const start = compose.indexOf(`\n  ${name}:\n`);
  expect(start, `service ${name}`).toBeGreaterThan(-1);
  const rest = compose.slice(start + 1);
  const end = rest.slice(1).search(/\n {2}[a-z][\w-]*:\n|\n[a-z]/);
  return end === -1 ? rest : rest.slice(0, end + 1);
}

describe("docker-compose.yml", () => {
  it("requires a real AUTH_SECRET and database password instead of falling back to fixed ones", () => {
    expect(compose).toMatch(/AUTH_SECRET: \$\{AUTH_SECRET:\?/);
    expect(compose).toMatch(/POSTGRES_PASSWORD: \$\{POSTGRES_PASSWORD:\?/);
    expect(compose).not.toMatch(/AUTH_SECRET: \$\{AUTH_SECRET:-/);
    expect(compose).not.toMatch(/change-me/i);
  });

  it("keeps Postgres off the host's ports", () => {
    expect(service("db")).toContain("image: postgres");
    expect(service("db")).not.toMatch(/\n\s+ports:/);
  });
});
