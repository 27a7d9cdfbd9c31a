"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runFormAction } from "@/lib/actions";
import { describeWait, takeJoinAttempt } from "@/lib/auth/rate-limit";
import { joinClass, leaveClass } from "@/lib/data/memberships";
import { idSchema, joinClassSchema } from "@/lib/validation/classes";
import { formValues, type FormState } from "@/lib/validation/form";

function refreshLearner() {
  revalidatePath("/dashboard");
  revalidatePath("/classes", "layout");
}

/** Every attempt counts against the per-user limit, so codes cannot be guessed by trying. */
export async function joinClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["code"]);
  return runFormAction(
    joinClassSchema,
    { code: formData.get("code") },
    async (viewer, { code }) => {
      const limited = await takeJoinAttempt(viewer.id);
      if (limited) return { message: `Too many join attempts. Try again in ${describeWait(limited)}.`, values };
      const { classId } = await joinClass(viewer, code);
      refreshLearner();
      redirect(`/classes/${classId}?joined=1`);
    },
    { fields: ["code"], errorField: "code", values },
  );
}

const leaveSchema = z.object({ classId: idSchema, returnTo: z.enum(["/classes", "/dashboard"]).default("/dashboard") });

/** Leaves, then goes back to the list the learner left from, which confirms it (LeftClassNotice). */
export async function leaveClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    leaveSchema,
    { classId: formData.get("classId"), returnTo: formData.get("returnTo") ?? undefined },
    async (viewer, { classId, returnTo }) => {
      await leaveClass(viewer, classId);
      refreshLearner();
      redirect(`${returnTo}?left=1`);
    },
  );
}
