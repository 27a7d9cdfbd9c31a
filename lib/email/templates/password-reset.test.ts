import { describe, expect, it } from "vitest";
import { passwordResetEmail } from "./password-reset";

describe("the password-reset email", () => {
  const url = "https://learn.example.org/reset-password?token=abc_DEF-123&x=1";
  const email = passwordResetEmail({ name: `Grace "<Hopper>" & co`, url, validMinutes: 30 });

  it("says the same in text and in HTML", () => {
    expect(email.subject).toBe("Reset your Case Studies password");
    for (const phrase of ["Reset your password", "works once, for 30 minutes", "signs you out everywhere else", "If you did not ask for this"]) {
      expect(email.text).toContain(phrase);
      expect(email.html).toContain(phrase);
    }
    expect(email.text).toContain(`Choose a new password:\n${url}`);
  });

  it("escapes every value in the HTML, links included", () => {
    expect(email.text).toContain(`Hello Grace "<Hopper>" & co,`);
    expect(email.html).toContain("Hello Grace &quot;&lt;Hopper&gt;&quot; &amp; co,");
    expect(email.html).not.toContain("<Hopper>");
    expect(email.html).toContain('href="https://learn.example.org/reset-password?token=abc_DEF-123&amp;x=1"');
    expect(email.html).toMatch(/^<!doctype html>\n<html lang="en">/);
  });
});
