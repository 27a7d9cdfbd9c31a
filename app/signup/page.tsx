import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getViewer } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeCallbackPath((await searchParams).next);
  if (await getViewer()) redirect(next);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold">Create an account</h1>
      <p className="mb-6 text-sm text-slate-700 dark:text-slate-300">
        Track your progress, follow learning paths, bookmark studies and join classes.
      </p>
      <SignUpForm next={next} />
      <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
        Already have an account?{" "}
        <Link href={`/signin?next=${encodeURIComponent(next)}`} className="font-medium text-blue-700 underline dark:text-blue-400">
          Sign in
        </Link>
      </p>
    </div>
  );
}
