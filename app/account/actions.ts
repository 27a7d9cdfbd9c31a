"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { runFormAction } from "@/lib/actions";
import { signOut } from "@/lib/auth/auth";
import { linkOriginFor, resendVerificationEmail, startEmailChange } from "@/lib/auth/email-verification";
import { updateNotificationSettings } from "@/lib/data/notifications";
import { unlinkProvider } from "@/lib/data/oauth-accounts";
import { resetAllProgress, resetPath } from "@/lib/data/paths";
import { changePassword, deleteAccount, updateName } from "@/lib/data/users";
import { changeNameSchema, changePasswordSchema } from "@/lib/validation/auth";
import { changeEmailSchema } from "@/lib/validation/email-verification";
import { formValues, type FormState } from "@/lib/validation/form";
import { pathSlugSchema } from "@/lib/validation/learning";

/** A ticked "I understand" box: the form posts `confirm=yes`. */
const confirmed = (message: string) => z.literal("yes", { error: message });

export async function changeNameAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    changeNameSchema,
    { name: formData.get("name") },
    async (viewer, { name }) => {
      await updateName(viewer, name);
      revalidatePath("/account");
      return { ok: true, message: "Your name was saved." };
    },
    { fields: ["name"], errorField: "name", values: formValues(formData, ["name"]) },
  );
}

/** Sends a link to the new address; the account moves to it when the link is followed (docs/decisions/016). */
export async function changeEmailAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    changeEmailSchema,
    { email: formData.get("email"), password: formData.get("password") },
    async (viewer, { email, password }) => {
      await startEmailChange(viewer, email, password, linkOriginFor(await headers()));
      revalidatePath("/account");
      return { ok: true, message: `We sent a link to ${email}. Your address changes when you follow it; until then it stays ${viewer.email}.` };
    },
    // Refusals (wrong password, a taken address) are the form's message: they are not about one field.
    { fields: ["email", "password"], values: formValues(formData, ["email"]) },
  );
}

const ticked = z.literal("yes").nullable().transform((v) => v === "yes");
const notificationSchema = z.object({ notifyAssignments: ticked, notifyReminders: ticked });

/** The two assignment-email settings (docs/decisions/017); an unticked box is absent from the form. */
export async function notificationSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    notificationSchema,
    { notifyAssignments: formData.get("notifyAssignments"), notifyReminders: formData.get("notifyReminders") },
    async (viewer, settings) => {
      await updateNotificationSettings(viewer, settings);
      revalidatePath("/account");
      return { ok: true, message: "Your email settings were saved." };
    },
  );
}

const unlinkSchema = z.object({ provider: z.string({ error: "Choose a sign-in method" }).min(1).max(40) });

export async function unlinkProviderAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(unlinkSchema, { provider: formData.get("provider") }, async (viewer, { provider }) => {
    await unlinkProvider(viewer, provider);
    revalidatePath("/account");
    return { ok: true, message: "That sign-in method was unlinked." };
  });
}

export async function resendVerificationAction(_prev: FormState, _formData: FormData): Promise<FormState> {
  return runFormAction(z.object({}), {}, async (viewer) => {
    await resendVerificationEmail(viewer, linkOriginFor(await headers()));
    return { ok: true, message: `We sent a new link to ${viewer.email}. It works for 24 hours; earlier links no longer do.` };
  });
}

/**
 * Changes the password and ends every session, this one included (the session
 * version moves on); the user signs in again with the new password.
 */
export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    changePasswordSchema,
    { currentPassword: formData.get("currentPassword"), newPassword: formData.get("newPassword") },
    async (viewer, { currentPassword, newPassword }) => {
      await changePassword(viewer, currentPassword, newPassword);
      await signOut({ redirectTo: "/signin?changed=password" });
      return {};
    },
    { fields: ["currentPassword", "newPassword"], errorField: "currentPassword" },
  );
}

const resetSchema = z.object({
  confirm: confirmed("Tick the box to confirm the reset"),
  scope: pathSlugSchema.or(z.literal("all")).catch("").pipe(z.string().min(1, "Choose what to reset")),
});

export async function resetProgressAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    resetSchema,
    { confirm: formData.get("confirm"), scope: formData.get("scope") },
    async (viewer, { scope }) => {
      if (scope === "all") await resetAllProgress(viewer);
      else await resetPath(viewer, scope);
      revalidatePath("/dashboard");
      return { ok: true, message: scope === "all" ? "All your progress was reset." : "That path's progress was reset." };
    },
    { fields: ["confirm", "scope"], errorField: "scope" },
  );
}

const deleteSchema = z.object({
  confirm: confirmed("Tick the box to confirm you want to delete your account"),
  password: z.string({ error: "Enter your password to confirm" }).min(1, "Enter your password to confirm").max(200, "Enter your password to confirm"),
});

export async function deleteAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    deleteSchema,
    { confirm: formData.get("confirm"), password: formData.get("password") },
    async (viewer, { password }) => {
      await deleteAccount(viewer, password);
      await signOut({ redirectTo: "/?account=deleted" });
      return {};
    },
    { fields: ["confirm", "password"], errorField: "password" },
  );
}
