"use client";

import Link from "next/link";
import { useSignedInState } from "@/components/learning/learner-state";
import { signOutAction } from "@/app/actions";

const linkClass =
  "whitespace-nowrap rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-200 dark:hover:bg-slate-800 dark:hover:text-white";

/**
 * The signed-in part of the header. It is a client island so every catalog
 * page stays prerendered; who is signed in comes from /api/me/state, which
 * checks the session against the database.
 */
export function AuthControls() {
  const { status, user } = useSignedInState();
  if (status === "loading") return <span className="inline-block h-8 w-20" aria-hidden="true" />;
  if (status === "signed-out") {
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
      {user.roles.includes("instructor") ? (
        <Link href="/instructor" className={linkClass}>
          Instructor
        </Link>
      ) : null}
      {user.roles.includes("admin") ? (
        <Link href="/admin" className={linkClass}>
          Admin
        </Link>
      ) : null}
      <Link href="/account" className={`${linkClass} hidden sm:inline-block`} title={user.email}>
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
