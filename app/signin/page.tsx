import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { providerButtons } from "@/lib/auth/providers";
import { getViewer } from "@/lib/auth/session";
import { providerSignInAction } from "./actions";
import { safeCallbackPath } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; changed?: string; reauth?: string; error?: string }> }) {
  const params = await searchParams;
  const next = safeCallbackPath(params.next);
  // ?reauth=1: a signed-in user confirms their password before a sensitive change (roles).
  const reauth = params.reauth === "1";
  if ((await getViewer()) && !reauth) redirect(next);
  const providers = providerButtons();
  const providerError =
    params.error === "OAuthEmailUnverified"
      ? "That account did not give us a verified email address, so we cannot tell which of our accounts is yours. Verify your address with the provider, or sign in with your password."
      : params.error && params.error !== "CredentialsSignin"
        ? "Signing in with that provider did not work. Try again, or sign in with your password."
        : null;
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
      {providerError ? (
        <p role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {providerError}
        </p>
      ) : null}
      <SignInForm next={next} />
      {providers.length > 0 ? (
        <div className="mt-6 flex flex-col gap-2 border-t border-slate-200 pt-6 dark:border-slate-800">
          {providers.map((p) => (
            <form key={p.id} action={providerSignInAction}>
              <input type="hidden" name="provider" value={p.id} />
              <input type="hidden" name="next" value={next} />
              <button
                type="submit"
                className="w-full rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800"
              >
                Continue with {p.name}
              </button>
            </form>
          ))}
        </div>
      ) : null}
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
