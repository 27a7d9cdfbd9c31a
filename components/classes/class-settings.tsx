import { deleteClassAction, renameClassAction } from "@/app/instructor/classes/[id]/actions";
import { CLASS_NAME_MAX } from "@/lib/validation/limits";
import { ActionButton } from "@/components/ui/action-button";
import { SingleFieldForm } from "@/components/ui/single-field-form";

/** Rename for every instructor; deleting is the owner's alone (docs/decisions/009-class-owners.md). */
export function ClassSettings({ classId, name, isOwner }: { classId: string; name: string; isOwner: boolean }) {
  return (
    <div className="flex flex-col gap-6">
      <SingleFieldForm
        action={renameClassAction}
        fields={{ classId }}
        label="Name"
        name="name"
        defaultValue={name}
        maxLength={CLASS_NAME_MAX}
        required
        submitLabel="Rename"
        secondary
      />
      {isOwner ? (
        <div className="flex flex-col gap-2">
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Deleting the class removes its roster and assignments. Learners keep their own progress.
          </p>
          <ActionButton
            action={deleteClassAction}
            fields={{ classId }}
            label="Delete class"
            tone="danger"
            confirm={{ prompt: `Delete “${name}” for every instructor and learner? This cannot be undone.`, confirmLabel: "Delete for good" }}
          />
        </div>
      ) : (
        <p className="text-sm text-slate-700 dark:text-slate-300">Only the class&apos;s owner can delete it.</p>
      )}
    </div>
  );
}
