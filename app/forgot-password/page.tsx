import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ForgotPasswordForm } from "@/components/account-recovery/forgot-password-form";
import { localInboxUrl } from "@/lib/email/send";

export const metadata: Metadata = { title: "Forgot password" };

export default async function ForgotPasswordPage() {
  // Rendered per request: the local inbox's address is known only when the server starts.
  await connection();
  const inbox = localInboxUrl();
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold">Forgot your password?</h1>
      <p className="mb-6 text-sm text-slate-700 dark:text-slate-300">
        Enter the email address of your account and we will send you a link to choose a new password.
      </p>
      <ForgotPasswordForm />
      {inbox ? (
        <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
          This copy of the site sends no real email: messages go to the local inbox at{" "}
          <a href={inbox} className="font-medium text-blue-700 underline dark:text-blue-400">{inbox}</a>, on the machine that runs it.
        </p>
      ) : null}
      <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
        Remembered it?{" "}
        <Link href="/signin" className="font-medium text-blue-700 underline dark:text-blue-400">
          Sign in
        </Link>
      </p>
    </div>
  );
}
