import type { Metadata } from "next";
import { InvalidLink } from "@/components/account-recovery/invalid-link";
import { ConfirmEmailForm } from "@/components/account-recovery/confirm-email-form";
import { findEmailVerification } from "@/lib/data/email-verification";
import { INVALID_VERIFY_LINK } from "@/lib/validation/email-verification";

export const metadata: Metadata = {
  title: "Confirm your email address",
  // The token is in this page's address: never send it on in a Referer, never index it.
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

/**
 * A confirmation link from an email. Opening it changes nothing: the button
 * does, so a mail scanner that fetches every link cannot confirm an address
 * (docs/decisions/016).
 */
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const given = (await searchParams).token;
  const token = typeof given === "string" ? given : "";
  const link = await findEmailVerification(token);
  if (!link) {
    return <InvalidLink message={INVALID_VERIFY_LINK} next={{ href: "/account", label: "Go to your account" }} />;
  }
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold">{link.change ? "Confirm your new address" : "Confirm your address"}</h1>
      <p className="mb-6 text-sm text-slate-700 dark:text-slate-300">
        {link.change ? (
          <>
            The account of <span className="font-medium">{link.name}</span> moves from <span className="font-medium">{link.currentEmail}</span> to{" "}
            <span className="font-medium">{link.email}</span>.
          </>
        ) : (
          <>
            Confirm that <span className="font-medium">{link.email}</span> is the address of <span className="font-medium">{link.name}</span>&rsquo;s account.
          </>
        )}
      </p>
      <ConfirmEmailForm token={token} label={link.change ? "Move my account to this address" : "Confirm my address"} />
    </div>
  );
}
