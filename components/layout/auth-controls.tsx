"use client";

import Link from "next/link";
import { useSession } from "next-auth/react";
import { signOutAction } from "@/app/actions";

const linkClass =
  "rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-200 dark:hover:bg-slate-800 dark:hover:text-white";

/**
 * The signed-in part of the header. It is a client island so every catalog
 * page stays prerendered; the session comes from /api/auth/session, which
 * checks the account's session version on the server.
 */
export function AuthControls() {
  const { data, status } = useSession();
  if (status === "loading") return <span className="inline-block h-8 w-20" aria-hidden="true" />;
  if (!data?.user) {
    return (
      <Link href="/signin" className={linkClass}>
        Sign in
      </Link>
    );
  }
  return (
    <>
      <Link href="/dashboard" className={linkClass}>
        Dashboard
      </Link>
      <Link href="/account" className={`${linkClass} hidden sm:inline-block`} title={data.user.email ?? undefined}>
        Account
      </Link>
      <form action={signOutAction}>
        <button type="submit" className={linkClass}>
          Sign out
        </button>
      </form>
    </>
  );
}
