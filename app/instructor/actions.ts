"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions";
import { createClass } from "@/lib/data/classes";
import { createClassSchema } from "@/lib/validation/classes";
import { formValues, type FormState } from "@/lib/validation/form";

export async function createClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    createClassSchema,
    { name: formData.get("name") },
    async (viewer, { name }) => {
      const { id } = await createClass(viewer, name);
      revalidatePath("/instructor");
      redirect(`/instructor/classes/${id}?created=1`);
    },
    { fields: ["name"], errorField: "name", values: formValues(formData, ["name"]) },
  );
}
