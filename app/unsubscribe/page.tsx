import type { Metadata } from "next";
import { InvalidLink } from "@/components/account-recovery/invalid-link";
import { UnsubscribeForm } from "@/components/account/unsubscribe-form";
import { env } from "@/lib/env";
import { INVALID_UNSUBSCRIBE, verifyUnsubscribe } from "@/lib/notifications/unsubscribe";

export const metadata: Metadata = { title: "Unsubscribe", referrer: "no-referrer", robots: { index: false, follow: false } };

type Search = { u?: string | string[]; k?: string | string[]; s?: string | string[] };

/** The link at the foot of an assignment email. Opening it changes nothing; the button does. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Search> }) {
  const { u, k, s } = await searchParams;
  const valid = verifyUnsubscribe(env.AUTH_SECRET, { u, k, s });
  if (!valid) {
    return <InvalidLink message={INVALID_UNSUBSCRIBE} next={{ href: "/account", label: "Go to your account" }} />;
  }
  const what = valid.kind === "assignments" ? "emails about new assignments" : "due-date reminders";
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold">Unsubscribe</h1>
      <p className="mb-6 text-sm text-slate-700 dark:text-slate-300">Stop {what} from your classes? You can turn them back on from your account page.</p>
      <UnsubscribeForm params={{ u: valid.userId, k: valid.kind, s: s as string }} label={`Stop ${what}`} />
    </div>
  );
}
