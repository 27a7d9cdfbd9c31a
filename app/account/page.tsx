import type { Metadata } from "next";
import { ChangeNameForm, ChangePasswordForm } from "@/components/account/account-forms";
import { DeleteAccountForm, ResetProgressForm } from "@/components/account/data-forms";
import { getCatalog } from "@/lib/content/catalog";
import { requireViewer } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const viewer = await requireViewer("/account");
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-10">
      <div>
        <h1 className="text-2xl font-bold">Your account</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          Signed in as <span className="font-medium">{viewer.email}</span>
        </p>
      </div>
      <section aria-labelledby="name-heading" className="flex flex-col gap-3">
        <h2 id="name-heading" className="text-lg font-semibold">Name</h2>
        <ChangeNameForm name={viewer.name} />
      </section>
      <section aria-labelledby="password-heading" className="flex flex-col gap-3">
        <h2 id="password-heading" className="text-lg font-semibold">Password</h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="data-heading" className="flex flex-col gap-3">
        <h2 id="data-heading" className="text-lg font-semibold">Your data</h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Download everything we hold about you (account, progress, bookmarks and notes, paths, classes) as JSON.
        </p>
        <a
          href="/account/export"
          download
          className="self-start rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Export my data
        </a>
      </section>
      <section aria-labelledby="reset-heading" className="flex flex-col gap-3">
        <h2 id="reset-heading" className="text-lg font-semibold">Reset progress</h2>
        <ResetProgressForm paths={getCatalog().paths.map((p) => ({ slug: p.slug, title: p.title }))} />
      </section>
      <section aria-labelledby="delete-heading" className="flex flex-col gap-3 rounded-lg border border-red-200 p-4 dark:border-red-900">
        <h2 id="delete-heading" className="text-lg font-semibold text-red-800 dark:text-red-300">Delete your account</h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">This removes your account and all your rows at once. It cannot be undone.</p>
        <DeleteAccountForm />
      </section>
    </div>
  );
}
