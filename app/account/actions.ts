"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/session";
import { signOut } from "@/lib/auth/auth";
import { DataError } from "@/lib/data/errors";
import { changePassword, updateName } from "@/lib/data/users";
import { changeNameSchema, changePasswordSchema } from "@/lib/validation/auth";
import { fieldErrors, formValues, type FormState } from "@/lib/validation/form";

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
