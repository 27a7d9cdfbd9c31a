"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { signOut } from "@/lib/auth/auth";
import { DataError } from "@/lib/data/errors";
import { resetAllProgress, resetPath } from "@/lib/data/paths";
import { changePassword, deleteAccount, updateName } from "@/lib/data/users";
import { changeNameSchema, changePasswordSchema } from "@/lib/validation/auth";
import { fieldErrors, formValues, type FormState } from "@/lib/validation/form";
import { pathSlugSchema } from "@/lib/validation/learning";

const SIGNED_OUT: FormState = { message: "Your session has ended. Sign in again to continue." };

export async function changeNameAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = changeNameSchema.safeParse({ name: formData.get("name") });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error), values: formValues(formData, ["name"]) };
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  await updateName(viewer, parsed.data.name);
  revalidatePath("/account");
  return { ok: true, message: "Your name was saved." };
}

/**
 * Changes the password and ends every session, this one included (the session
 * version moves on); the user signs in again with the new password.
 */
export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = changePasswordSchema.safeParse({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
  });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  try {
    await changePassword(viewer, parsed.data.currentPassword, parsed.data.newPassword);
  } catch (error) {
    if (error instanceof DataError) return { fieldErrors: { currentPassword: [error.message] } };
    throw error;
  }
  await signOut({ redirectTo: "/signin?changed=password" });
  return {};
}

const confirmed = (formData: FormData) => formData.get("confirm") === "yes";

export async function resetProgressAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!confirmed(formData)) return { fieldErrors: { confirm: ["Tick the box to confirm the reset"] } };
  const scope = pathSlugSchema.or(z.literal("all")).safeParse(formData.get("scope"));
  if (!scope.success) return { fieldErrors: { scope: ["Choose what to reset"] } };
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  try {
    if (scope.data === "all") await resetAllProgress(viewer);
    else await resetPath(viewer, scope.data);
  } catch (error) {
    if (error instanceof DataError) return { fieldErrors: { scope: [error.message] } };
    throw error;
  }
  revalidatePath("/dashboard");
  return { ok: true, message: scope.data === "all" ? "All your progress was reset." : "That path's progress was reset." };
}

export async function deleteAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!confirmed(formData)) return { fieldErrors: { confirm: ["Tick the box to confirm you want to delete your account"] } };
  const password = z.string().min(1).max(200).safeParse(formData.get("password"));
  if (!password.success) return { fieldErrors: { password: ["Enter your password to confirm"] } };
  const viewer = await getViewer();
  if (!viewer) return SIGNED_OUT;
  try {
    await deleteAccount(viewer, password.data);
  } catch (error) {
    if (error instanceof DataError) return { fieldErrors: { password: [error.message] } };
    throw error;
  }
  await signOut({ redirectTo: "/?account=deleted" });
  return {};
}
