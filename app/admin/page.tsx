import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UserTable } from "@/components/admin/user-table";
import { buttonClass, Field } from "@/components/ui/form";
import { requireViewer } from "@/lib/auth/session";
import { signedInRecently } from "@/lib/auth/session-policy";
import Link from "next/link";
import { listUsers } from "@/lib/data/users";
import { can } from "@/lib/data/viewer";
import { userSearchSchema } from "@/lib/validation/admin";
import { USER_SEARCH_MAX } from "@/lib/validation/limits";

export const metadata: Metadata = { title: "Users and roles" };

const PAGE = 50;

export default async function AdminPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const viewer = await requireViewer("/admin");
  if (!can(viewer, "read", "user", "any")) notFound();
  const raw = (await searchParams).q;
  const parsed = userSearchSchema.safeParse(typeof raw === "string" ? raw : "");
  const query = parsed.success ? parsed.data : "";
  const users = parsed.success ? await listUsers(viewer, query, PAGE + 1) : [];
  const shown = users.slice(0, PAGE);
  const caption = query ? `Users matching “${query}”` : "Newest users";

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Users and roles</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          Grant the instructor role to people who run classes. Role changes apply from the person&apos;s next request; they sign in again.
        </p>
      </div>
      {signedInRecently(viewer.authTime) ? null : (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          Changing roles needs a sign-in within the last 15 minutes.{" "}
          <Link href="/signin?reauth=1&next=%2Fadmin" className="font-medium underline">
            Sign in again
          </Link>{" "}
          to confirm it is you.
        </p>
      )}
      <form action="/admin" method="get" role="search" aria-label="Users" className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <div className="min-w-0 sm:w-96">
          <Field
            label="Search users"
            name="q"
            type="search"
            defaultValue={typeof raw === "string" ? raw : ""}
            placeholder="Name or email"
            errors={parsed.success ? undefined : [`Search with at most ${USER_SEARCH_MAX} characters.`]}
            className="placeholder:text-slate-500 dark:placeholder:text-slate-400"
          />
        </div>
        <button type="submit" className={`${buttonClass} self-start sm:mt-6`}>
          Search
        </button>
      </form>
      {shown.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">{query ? `No user matches “${query}”.` : "No users yet."}</p>
      ) : (
        <>
          <UserTable users={shown} viewerId={viewer.id} caption={caption} />
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {users.length > PAGE ? `Showing the ${PAGE} newest matches: search by name or email to narrow down.` : `${shown.length} shown.`}
          </p>
        </>
      )}
    </div>
  );
}
