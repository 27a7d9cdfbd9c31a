import type { Metadata } from "next";
import Link from "next/link";
import { InvalidResetLink } from "@/components/account-recovery/invalid-reset-link";
import { ResetPasswordForm } from "@/components/account-recovery/reset-password-form";
import { findPasswordReset } from "@/lib/data/password-resets";

export const metadata: Metadata = {
  title: "Choose a new password",
  // The token is in this page's address: never send it on in a Referer, never index it.
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

/**
 * A reset link from the email. A bad, used or expired token gets an
 * explanation and no form. (Not notFound(): a 404 thrown from this dynamic
 * page comes back as Next's client-rendered error shell, which skips the
 * pre-paint theme script; docs/decisions/014.)
 */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const given = (await searchParams).token;
  const token = typeof given === "string" ? given : "";
  const reset = await findPasswordReset(token);
  if (!reset) return <InvalidResetLink />;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold">Choose a new password</h1>
      <p className="mb-6 text-sm text-slate-700 dark:text-slate-300">
        For <span className="font-medium">{reset.email}</span>. Setting it signs you out everywhere; then you sign in with the new password.
      </p>
      <ResetPasswordForm token={token} email={reset.email} />
      <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
        Not you, or remembered it?{" "}
        <Link href="/signin" className="font-medium text-blue-700 underline dark:text-blue-400">
          Sign in
        </Link>
      </p>
    </div>
  );
}
