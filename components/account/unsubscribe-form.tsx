"use client";

import Link from "next/link";
import { useActionState } from "react";
import { unsubscribeAction } from "@/app/unsubscribe/actions";
import { buttonClass, FormMessage } from "@/components/ui/form";
import type { FormState } from "@/lib/validation/form";

export function UnsubscribeForm({ params, label }: { params: { u: string; k: string; s: string }; label: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(unsubscribeAction, {});
  if (state.ok) {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage message={state.message} tone="success" />
        <Link href="/account" className="text-sm font-medium text-blue-700 underline dark:text-blue-400">
          Email settings on your account page
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage message={state.message} />
      {Object.entries(params).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Saving…" : label}
      </button>
    </form>
  );
}
