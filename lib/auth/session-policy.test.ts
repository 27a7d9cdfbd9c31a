import { describe, expect, it } from "vitest";
import { RECENT_SIGN_IN_SECONDS, SESSION_ABSOLUTE_SECONDS, sessionCookieName, sessionExpired, signedInRecently } from "./session-policy";

const now = 2_000_000_000;

describe("session lifetimes", () => {
  it("a token past its absolute lifetime has expired, however recently it was refreshed", () => {
    expect(sessionExpired(now - SESSION_ABSOLUTE_SECONDS - 1, now)).toBe(true);
    expect(sessionExpired(now - SESSION_ABSOLUTE_SECONDS + 60, now)).toBe(false);
  });

  it("a token without a sign-in time, or one from the future, is not accepted", () => {
    expect(sessionExpired(undefined, now)).toBe(true);
    expect(sessionExpired("yesterday", now)).toBe(true);
    expect(sessionExpired(now + 3600, now)).toBe(true);
  });

  it("a role change needs a sign-in within the last 15 minutes", () => {
    expect(signedInRecently(now - 60, now)).toBe(true);
    expect(signedInRecently(now - RECENT_SIGN_IN_SECONDS - 1, now)).toBe(false);
    expect(signedInRecently(undefined, now)).toBe(false);
  });

  it("names the cookie with the __Host- prefix only under TLS", () => {
    expect(sessionCookieName(true)).toBe("__Host-authjs.session-token");
    expect(sessionCookieName(false)).toBe("authjs.session-token");
  });
});
