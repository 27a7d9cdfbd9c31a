import type { Metadata } from "next";
import Link from "next/link";
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
    return (
      <div className="mx-auto max-w-sm">
        <h1 className="mb-4 text-2xl font-bold">This link does not work</h1>
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {INVALID_VERIFY_LINK}
        </p>
        <p className="mt-6 text-sm">
          <Link href="/account" className="font-medium text-blue-700 underline dark:text-blue-400">
            Go to your account
          </Link>
        </p>
      </div>
    );
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
