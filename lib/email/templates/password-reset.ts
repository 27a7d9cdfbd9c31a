import { renderEmail, type RenderedEmail } from "./render";

/** The email with a password-reset link (docs/decisions/014). */
export function passwordResetEmail({ name, url, validMinutes }: { name: string; url: string; validMinutes: number }): RenderedEmail {
  return renderEmail({
    subject: "Reset your Case Studies password",
    blocks: [
      { kind: "heading", text: "Reset your password" },
      { kind: "paragraph", text: `Hello ${name},` },
      { kind: "paragraph", text: `Someone (we hope you) asked to reset the password of your Case Studies account. The link below works once, for ${validMinutes} minutes.` },
      { kind: "action", label: "Choose a new password", url },
      { kind: "paragraph", text: "Setting a new password signs you out everywhere else." },
      { kind: "note", text: "If you did not ask for this, ignore this email: your password stays as it is." },
    ],
  });
}
