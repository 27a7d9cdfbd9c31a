import { describe, expect, it } from "vitest";
import { isLoopbackHost } from "./host";

describe("isLoopbackHost", () => {
  it("knows loopback from every-interface and public binds", () => {
    for (const host of ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"]) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ["0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "example.com"]) expect(isLoopbackHost(host), host).toBe(false);
  });
});
