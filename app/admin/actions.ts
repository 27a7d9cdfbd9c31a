"use server";

import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/actions";
import { setRole } from "@/lib/data/users";
import { setRoleSchema } from "@/lib/validation/admin";
import type { FormState } from "@/lib/validation/form";

export async function setRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    setRoleSchema,
    { userId: formData.get("userId"), role: formData.get("role"), granted: formData.get("granted") },
    async (viewer, { userId, role, granted }) => {
      await setRole(viewer, userId, role, granted);
      revalidatePath("/admin");
      return { ok: true, message: `${granted ? "Granted" : "Revoked"} the ${role} role. It applies from their next request, after they sign in again.` };
    },
  );
}
