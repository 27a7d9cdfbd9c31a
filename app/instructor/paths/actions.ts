"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions";
import { createCustomPath, deleteCustomPath, updateCustomPath } from "@/lib/data/custom-paths";
import { customPathIdSchema, customPathSchema, idSchema } from "@/lib/validation/classes";
import { formValues, type FormState } from "@/lib/validation/form";

const FIELDS = ["title", "description", "steps"];
const updateSchema = customPathSchema.extend({ pathId: idSchema });

function pathInput(formData: FormData) {
  return { title: formData.get("title"), description: formData.get("description") ?? "", steps: formData.getAll("steps") };
}

export async function createCustomPathAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    customPathSchema,
    pathInput(formData),
    async (viewer, input) => {
      const { id } = await createCustomPath(viewer, input);
      revalidatePath("/instructor");
      redirect(`/instructor/paths/${id}?created=1`);
    },
    { fields: FIELDS, errorField: "steps", values: formValues(formData, ["title", "description"]) },
  );
}

export async function updateCustomPathAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    updateSchema,
    { ...pathInput(formData), pathId: formData.get("pathId") },
    async (viewer, { pathId, ...input }) => {
      await updateCustomPath(viewer, pathId, input);
      revalidatePath("/instructor", "layout");
      return { ok: true, message: "The path was saved. Classes it is assigned to follow the new steps." };
    },
    { fields: FIELDS, values: formValues(formData, ["title", "description"]) },
  );
}

export async function deleteCustomPathAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(customPathIdSchema, { pathId: formData.get("pathId") }, async (viewer, { pathId }) => {
    await deleteCustomPath(viewer, pathId);
    revalidatePath("/instructor", "layout");
    redirect("/instructor?pathDeleted=1");
  });
}

