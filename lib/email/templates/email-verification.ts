import { renderEmail, type RenderedEmail } from "./render";

/** The link that confirms an address (docs/decisions/016): a new account's, or the one an account is changing to. */
export function verifyEmailEmail({ name, url, validHours, change }: { name: string; url: string; validHours: number; change: boolean }): RenderedEmail {
  return renderEmail({
    subject: change ? "Confirm your new Case Studies email address" : "Confirm your Case Studies email address",
    blocks: [
      { kind: "heading", text: change ? "Confirm your new address" : "Confirm your address" },
      { kind: "paragraph", text: `Hello ${name},` },
      {
        kind: "paragraph",
        text: change
          ? `Someone (we hope you) asked to move a Case Studies account to this address. The account keeps its old address until you confirm. The link works once, for ${validHours} hours.`
          : `Thank you for signing up. Confirm that this address is yours, so your instructors know it is you and you can always get back into your account. The link works once, for ${validHours} hours.`,
      },
      { kind: "action", label: change ? "Confirm the new address" : "Confirm my address", url },
      { kind: "note", text: change ? "If you did not ask for this, ignore this email: nothing changes." : "If you did not sign up, ignore this email, or claim the address with “Forgot password?” on the sign-in page." },
    ],
  });
}

/** Sent to the old address when an account asks to move to a new one. */
export function emailChangeNoticeEmail({ name, newEmail, resetUrl }: { name: string; newEmail: string; resetUrl: string }): RenderedEmail {
  return renderEmail({
    subject: "Your Case Studies email address is changing",
    blocks: [
      { kind: "heading", text: "Your address is changing" },
      { kind: "paragraph", text: `Hello ${name},` },
      { kind: "paragraph", text: `Someone signed in to your account asked to change its email address to ${newEmail}. It changes only when the link we sent there is followed.` },
      { kind: "paragraph", text: "If this was not you, choose a new password now: that signs everyone else out." },
      { kind: "action", label: "Reset my password", url: resetUrl },
      { kind: "note", text: "You get this email because this address belongs to a Case Studies account." },
    ],
  });
}
