import { describe, expect, it } from "vitest";
import { hashResetToken, newResetToken, RESET_TOKEN_PATTERN, resetLink, resetLinkOrigin, resetTokenExpiry, resetTokenState } from "./reset-token";

describe("password-reset tokens", () => {
  it("are 32 random bytes in base64url, different every time", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => newResetToken().token));
    expect(tokens.size).toBe(200);
    for (const token of tokens) {
      expect(token).toMatch(RESET_TOKEN_PATTERN);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
    }
  });

  it("are stored as their SHA-256 in hex, never as themselves", () => {
    const { token, tokenHash } = newResetToken();
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).toBe(hashResetToken(token));
    expect(tokenHash).not.toContain(token);
    // A known vector, so the hash cannot silently change between releases (stored rows would stop matching).
    expect(hashResetToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("expire 30 minutes after they are issued, to the millisecond", () => {
    const issuedAt = new Date("2026-12-03T12:00:00.000Z");
    const expiresAt = resetTokenExpiry(issuedAt);
    expect(expiresAt.toISOString()).toBe("2026-12-03T12:30:00.000Z");
    expect(newResetToken(issuedAt).expiresAt).toEqual(expiresAt);
    expect(resetTokenState({ expiresAt, usedAt: null }, new Date("2026-12-03T12:29:59.999Z"))).toBe("valid");
    expect(resetTokenState({ expiresAt, usedAt: null }, expiresAt)).toBe("expired");
    expect(resetTokenState({ expiresAt, usedAt: null }, new Date("2026-12-04T00:00:00Z"))).toBe("expired");
  });

  it("count as used once used, whether or not they would have expired", () => {
    const expiresAt = new Date("2026-12-03T12:30:00Z");
    const usedAt = new Date("2026-12-03T12:10:00Z");
    expect(resetTokenState({ expiresAt, usedAt }, new Date("2026-12-03T12:11:00Z"))).toBe("used");
    expect(resetTokenState({ expiresAt, usedAt }, new Date("2026-12-03T13:00:00Z"))).toBe("used");
  });

  it("travel in a link to /reset-password on the given origin", () => {
    const { token } = newResetToken();
    const link = new URL(resetLink("https://learn.example.org", token));
    expect(link.origin).toBe("https://learn.example.org");
    expect(link.pathname).toBe("/reset-password");
    expect(link.searchParams.get("token")).toBe(token);
  });

  it("point at AUTH_URL, never at a Host header the client sent, unless that host is this machine", () => {
    expect(resetLinkOrigin("https://learn.example.org/some/path", "evil.example")).toBe("https://learn.example.org");
    expect(resetLinkOrigin(undefined, "evil.example")).toBeNull();
    expect(resetLinkOrigin(undefined, "evil.example:3000")).toBeNull();
    expect(resetLinkOrigin(undefined, "localhost.evil.example")).toBeNull();
    expect(resetLinkOrigin(undefined, "127.0.0.1.evil.example")).toBeNull();
    expect(resetLinkOrigin(undefined, null)).toBeNull();
    expect(resetLinkOrigin(undefined, "127.0.0.1:41234")).toBe("http://127.0.0.1:41234");
    expect(resetLinkOrigin(undefined, "LOCALHOST:3000")).toBe("http://localhost:3000");
    expect(resetLinkOrigin(undefined, "[::1]:3000")).toBe("http://[::1]:3000");
  });
});
