import { describe, expect, it } from "vitest";
import { githubVerifiedEmail } from "./github-email";

describe("the address GitHub vouches for", () => {
  it("is the primary address when it is verified", () => {
    expect(
      githubVerifiedEmail([
        { email: "old@example.test", primary: false, verified: true },
        { email: "me@example.test", primary: true, verified: true },
      ]),
    ).toBe("me@example.test");
  });

  it("is none when the primary address is unverified, even if another one is verified", () => {
    expect(
      githubVerifiedEmail([
        { email: "victim@example.test", primary: true, verified: false },
        { email: "mine@example.test", primary: false, verified: true },
      ]),
    ).toBeNull();
  });

  it("is none for an empty list, an error body or junk", () => {
    expect(githubVerifiedEmail([])).toBeNull();
    expect(githubVerifiedEmail({ message: "Requires authentication" })).toBeNull();
    expect(githubVerifiedEmail([null, { primary: true, verified: true }])).toBeNull();
  });
});
