import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getViewer } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; changed?: string; reauth?: string }> }) {
  const params = await searchParams;
  const next = safeCallbackPath(params.next);
  // ?reauth=1: a signed-in user confirms their password before a sensitive change (roles).
  const reauth = params.reauth === "1";
  if ((await getViewer()) && !reauth) redirect(next);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">{reauth ? "Confirm it is you" : "Sign in"}</h1>
      {reauth ? (
        <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">
          Changing roles needs a sign-in within the last 15 minutes. Sign in again to continue.
        </p>
      ) : null}
      {params.changed === "password" ? (
        <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800 dark:border-green-800 dark:bg-green-950 dark:text-green-200">
          Your password was changed and every session was signed out. Sign in with your new password.
        </p>
      ) : null}
      <SignInForm next={next} />
      <p className="mt-4 text-sm">
        <Link href="/forgot-password" className="font-medium text-blue-700 underline dark:text-blue-400">
          Forgot password?
        </Link>
      </p>
      <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
        New here?{" "}
        <Link href={`/signup?next=${encodeURIComponent(next)}`} className="font-medium text-blue-700 underline dark:text-blue-400">
          Create an account
        </Link>
      </p>
    </div>
  );
}
