"use client";

import { useActionState } from "react";
import { unlinkProviderAction } from "@/app/account/actions";
import { FormMessage } from "@/components/ui/form";
import type { FormState } from "@/lib/validation/form";

const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** Linked providers, each with an Unlink button (refused when it is the only way left to sign in). */
export function SignInMethods({ providers }: { providers: { id: string; name: string; linkedAt: Date }[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(unlinkProviderAction, {});
  return (
    <div className="flex flex-col gap-3">
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <ul className="flex flex-col gap-2">
        {providers.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm dark:border-slate-800">
            <span>
              <span className="font-medium">{p.name}</span>, linked {day.format(p.linkedAt)}
            </span>
            <form action={action}>
              <input type="hidden" name="provider" value={p.id} />
              <button
                type="submit"
                disabled={pending}
                aria-label={`Unlink ${p.name}`}
                className="rounded-md border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-50 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800"
              >
                Unlink
              </button>
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
