import Link from "next/link";
import { INVALID_RESET_LINK } from "@/lib/validation/password-reset";

/** What a bad, used or expired reset link shows instead of the form. */
export function InvalidResetLink() {
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-4 text-2xl font-bold">This reset link does not work</h1>
      <p role="alert" className="mb-6 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
        {INVALID_RESET_LINK}
      </p>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        <Link href="/forgot-password" className="font-medium text-blue-700 underline dark:text-blue-400">
          Ask for a new reset link
        </Link>{" "}
        or{" "}
        <Link href="/signin" className="font-medium text-blue-700 underline dark:text-blue-400">
          sign in
        </Link>
        .
      </p>
    </div>
  );
}
