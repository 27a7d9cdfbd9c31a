"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions";
import { assignPath, setAssignmentChallenge, setAssignmentDue, unassign } from "@/lib/data/assignments";
import { addCoInstructor, deleteClass, removeInstructor, removeMember, renameClass, rotateJoinCode, setJoinEnabled, transferClassOwnership } from "@/lib/data/classes";
import {
  assignmentChallengeSchema,
  assignmentDueSchema,
  assignmentIdSchema,
  assignPathSchema,
  classIdSchema,
  classMemberSchema,
  coInstructorSchema,
  joinEnabledSchema,
  renameClassSchema,
} from "@/lib/validation/classes";
import { formValues, type FormState } from "@/lib/validation/form";

/** The class page and the lists that show it; learners' dashboards show assignments too. */
function refresh(classId: string) {
  revalidatePath(`/instructor/classes/${classId}`);
  revalidatePath("/instructor");
}

const fromForm = (formData: FormData, keys: string[]) => Object.fromEntries(keys.map((k) => [k, formData.get(k)]));

export async function renameClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    renameClassSchema,
    fromForm(formData, ["classId", "name"]),
    async (viewer, { classId, name }) => {
      await renameClass(viewer, classId, name);
      refresh(classId);
      return { ok: true, message: "The class was renamed." };
    },
    { fields: ["name"], values: formValues(formData, ["name"]) },
  );
}

export async function rotateJoinCodeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(classIdSchema, fromForm(formData, ["classId"]), async (viewer, { classId }) => {
    const code = await rotateJoinCode(viewer, classId);
    refresh(classId);
    return { ok: true, message: `The new join code is ${code}. The old code and link no longer work.` };
  });
}

export async function setJoinEnabledAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(joinEnabledSchema, fromForm(formData, ["classId", "enabled"]), async (viewer, { classId, enabled }) => {
    await setJoinEnabled(viewer, classId, enabled);
    refresh(classId);
    return { ok: true, message: enabled ? "Learners can join with the code again." : "The code no longer lets anyone join." };
  });
}

export async function deleteClassAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(classIdSchema, fromForm(formData, ["classId"]), async (viewer, { classId }) => {
    await deleteClass(viewer, classId);
    revalidatePath("/instructor");
    redirect("/instructor?deleted=1");
  });
}

export async function addCoInstructorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    coInstructorSchema,
    fromForm(formData, ["classId", "email"]),
    async (viewer, { classId, email }) => {
      const { name } = await addCoInstructor(viewer, classId, email);
      refresh(classId);
      return { ok: true, message: `${name} now teaches this class.` };
    },
    { fields: ["email"], errorField: "email", values: formValues(formData, ["email"]) },
  );
}

export async function removeInstructorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(classMemberSchema, fromForm(formData, ["classId", "userId"]), async (viewer, { classId, userId }) => {
    await removeInstructor(viewer, classId, userId);
    refresh(classId);
    if (userId === viewer.id) redirect("/instructor");
    return { ok: true, message: "The instructor was removed from this class." };
  });
}

export async function transferOwnershipAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(classMemberSchema, fromForm(formData, ["classId", "userId"]), async (viewer, { classId, userId }) => {
    await transferClassOwnership(viewer, classId, userId);
    refresh(classId);
    return { ok: true, message: "Ownership was handed on. You still teach this class." };
  });
}

export async function removeMemberAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(classMemberSchema, fromForm(formData, ["classId", "userId"]), async (viewer, { classId, userId }) => {
    await removeMember(viewer, classId, userId);
    refresh(classId);
    return { ok: true, message: "The learner was removed from the class." };
  });
}

export async function assignPathAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    assignPathSchema,
    fromForm(formData, ["classId", "path", "dueDate", "challenge"]),
    async (viewer, { classId, path, dueDate, challenge }) => {
      await assignPath(viewer, classId, path, dueDate, challenge);
      refresh(classId);
      return { ok: true, message: challenge ? "The path and its lab challenge were assigned." : "The path was assigned." };
    },
    { fields: ["path", "dueDate", "challenge"], errorField: "path", values: formValues(formData, ["path", "dueDate", "challenge"]) },
  );
}

export async function setAssignmentDueAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    assignmentDueSchema,
    fromForm(formData, ["assignmentId", "dueDate"]),
    async (viewer, { assignmentId, dueDate }) => {
      const { classId } = await setAssignmentDue(viewer, assignmentId, dueDate);
      refresh(classId);
      return { ok: true, message: dueDate ? "The due date was saved." : "The due date was removed." };
    },
    { fields: ["dueDate"], values: formValues(formData, ["dueDate"]) },
  );
}

export async function setAssignmentChallengeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    assignmentChallengeSchema,
    fromForm(formData, ["assignmentId", "challenge"]),
    async (viewer, { assignmentId, challenge }) => {
      const { classId } = await setAssignmentChallenge(viewer, assignmentId, challenge);
      refresh(classId);
      return { ok: true, message: challenge ? "The lab challenge was saved." : "The lab challenge was removed." };
    },
    { fields: ["challenge"], values: formValues(formData, ["challenge"]) },
  );
}

export async function unassignAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(assignmentIdSchema, fromForm(formData, ["assignmentId"]), async (viewer, { assignmentId }) => {
    const { classId } = await unassign(viewer, assignmentId);
    refresh(classId);
    return { ok: true, message: "The path is no longer assigned." };
  });
}
