import { describe, expect, it } from "vitest";
import { resolveClientAddress } from "./client-address";

describe("resolveClientAddress", () => {
  it("ignores a client's own X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientAddress("1.2.3.4", "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(resolveClientAddress("1.2.3.4, 5.6.7.8", "203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("a random header per request still maps every request to the one socket address", () => {
    const seen = new Set(Array.from({ length: 50 }, (_, i) => resolveClientAddress(`10.0.${i}.1`, "198.51.100.2", 0)));
    expect([...seen]).toEqual(["198.51.100.2"]);
  });

  it("behind one trusted proxy, takes the address that proxy saw (the right-most hop)", () => {
    expect(resolveClientAddress("203.0.113.7", "127.0.0.1", 1)).toBe("203.0.113.7");
    // A spoofed left-most hop added by the client is not believed.
    expect(resolveClientAddress("6.6.6.6, 203.0.113.7", "127.0.0.1", 1)).toBe("203.0.113.7");
  });

  it("behind two trusted proxies, counts two hops from the right", () => {
    expect(resolveClientAddress("6.6.6.6, 203.0.113.7, 10.0.0.2", "10.0.0.3", 2)).toBe("203.0.113.7");
  });

  it("never walks past the first hop, and falls back to the peer without a header", () => {
    expect(resolveClientAddress(undefined, "127.0.0.1", 1)).toBe("127.0.0.1");
    expect(resolveClientAddress("203.0.113.7", "127.0.0.1", 5)).toBe("203.0.113.7");
  });

  it("treats an IPv4-mapped IPv6 peer as the IPv4 address", () => {
    expect(resolveClientAddress(undefined, "::ffff:192.0.2.10", 0)).toBe("192.0.2.10");
  });
});
