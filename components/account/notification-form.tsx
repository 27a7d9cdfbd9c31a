"use client";

import { useActionState } from "react";
import { notificationSettingsAction } from "@/app/account/actions";
import { buttonClass, FormMessage } from "@/components/ui/form";
import type { NotificationSettings } from "@/lib/data/notifications";
import type { FormState } from "@/lib/validation/form";

const box = "mt-1 h-4 w-4 rounded border-slate-400 dark:border-slate-500";

export function NotificationSettingsForm({ settings }: { settings: NotificationSettings }) {
  const [state, action, pending] = useActionState<FormState, FormData>(notificationSettingsAction, {});
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="notifyAssignments" value="yes" defaultChecked={settings.notifyAssignments} className={box} />
        <span>Email me when a class I am in assigns a path</span>
      </label>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="notifyReminders" value="yes" defaultChecked={settings.notifyReminders} className={box} />
        <span>Email me 3 days before an assignment is due, if I have not finished it</span>
      </label>
      <button type="submit" className={`${buttonClass} self-start`} disabled={pending}>
        Save email settings
      </button>
    </form>
  );
}
