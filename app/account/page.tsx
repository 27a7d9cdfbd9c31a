import type { Metadata } from "next";
import { ChangeNameForm, ChangePasswordForm } from "@/components/account/account-forms";
import { ChangeEmailForm, ResendVerificationForm } from "@/components/account/email-forms";
import { NotificationSettingsForm } from "@/components/account/notification-form";
import { SignInMethods } from "@/components/account/sign-in-methods";
import { providerName } from "@/lib/auth/providers";
import { signInMethods } from "@/lib/data/oauth-accounts";
import { DeleteAccountForm, ResetProgressForm } from "@/components/account/data-forms";
import { getCatalog } from "@/lib/content/catalog";
import { requireViewer } from "@/lib/auth/session";
import { emailStatus } from "@/lib/data/email-verification";
import { notificationSettings } from "@/lib/data/notifications";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const viewer = await requireViewer("/account");
  const [email, notifications, methods] = await Promise.all([emailStatus(viewer), notificationSettings(viewer), signInMethods(viewer)]);
  const linked = methods.providers.map((p) => ({ id: p.provider, name: providerName(p.provider), linkedAt: p.createdAt }));
  const noPassword = (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      Your account has no password: you sign in with {linked.map((p) => p.name).join(" or ")}. To add one, use{" "}
      <a href="/forgot-password" className="font-medium text-blue-700 underline dark:text-blue-400">
        Forgot password?
      </a>{" "}
      (we email you a link).
    </p>
  );
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
      <section aria-labelledby="email-heading" className="flex flex-col gap-3">
        <h2 id="email-heading" className="text-lg font-semibold">Email</h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <span className="font-medium">{email.email}</span>{" "}
          {email.verifiedAt ? (
            <span className="rounded bg-green-100 px-1.5 py-0.5 text-xs font-medium text-green-900 dark:bg-green-950 dark:text-green-200">Confirmed</span>
          ) : (
            <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-200">Not confirmed yet</span>
          )}
        </p>
        {email.verifiedAt ? null : (
          <>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Your account works as it is. Confirming shows your instructors that the address is yours, and keeps anyone else from claiming it.
            </p>
            <ResendVerificationForm />
          </>
        )}
        {email.pending ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            A link to move your account to <span className="font-medium">{email.pending.email}</span> is waiting to be followed, until{" "}
            {when.format(email.pending.expiresAt)} UTC. Until then your address stays as it is.
          </p>
        ) : null}
        <h3 className="mt-2 text-base font-semibold">Change your address</h3>
        <ChangeEmailForm />
      </section>
      <section aria-labelledby="notifications-heading" className="flex flex-col gap-3">
        <h2 id="notifications-heading" className="text-lg font-semibold">Email from your classes</h2>
        <NotificationSettingsForm settings={notifications} />
      </section>
      <section aria-labelledby="password-heading" className="flex flex-col gap-3">
        <h2 id="password-heading" className="text-lg font-semibold">Password</h2>
        {methods.password ? <ChangePasswordForm /> : noPassword}
      </section>
      {linked.length > 0 ? (
        <section aria-labelledby="providers-heading" className="flex flex-col gap-3">
          <h2 id="providers-heading" className="text-lg font-semibold">Sign-in providers</h2>
          <SignInMethods providers={linked} />
        </section>
      ) : null}
      <section aria-labelledby="data-heading" className="flex flex-col gap-3">
        <h2 id="data-heading" className="text-lg font-semibold">Your data</h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Download everything we hold about you (account, progress, bookmarks and notes, paths, classes, lab predictions and runs) as JSON.
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
        {methods.password ? <DeleteAccountForm /> : noPassword}
      </section>
    </div>
  );
}
