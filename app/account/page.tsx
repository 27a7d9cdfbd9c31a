import type { Metadata } from "next";
import { ChangeNameForm, ChangePasswordForm } from "@/components/account/account-forms";
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
    </div>
  );
}
