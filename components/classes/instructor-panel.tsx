import { addCoInstructorAction, removeInstructorAction, transferOwnershipAction } from "@/app/instructor/classes/[id]/actions";
import type { ClassInstructorInfo } from "@/lib/data/classes";
import { ActionButton } from "@/components/ui/action-button";
import { SingleFieldForm } from "@/components/ui/single-field-form";

/**
 * Who teaches the class. Any instructor adds co-instructors and may stop
 * teaching; the owner removes others and hands ownership on (docs/decisions/009).
 */
export function InstructorPanel({
  classId,
  instructors,
  viewerId,
  ownerId,
}: {
  classId: string;
  instructors: ClassInstructorInfo[];
  viewerId: string;
  ownerId: string;
}) {
  const viewerOwns = viewerId === ownerId;
  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {instructors.map((i) => (
          <li key={i.id} className="flex flex-wrap items-start justify-between gap-3 p-3">
            <div className="min-w-0">
              <p className="font-medium">
                {i.name}
                {i.id === viewerId ? <span className="font-normal text-slate-600 dark:text-slate-400"> (you)</span> : null}
                {i.id === ownerId ? <span className="font-normal text-slate-600 dark:text-slate-400"> · owner</span> : null}
              </p>
              <p className="break-all text-sm text-slate-600 dark:text-slate-400">{i.email}</p>
            </div>
            {viewerOwns && i.id !== ownerId ? (
              <ActionButton
                action={transferOwnershipAction}
                fields={{ classId, userId: i.id }}
                label="Make owner"
                accessibleName={`Make ${i.name} the owner`}
                confirm={{
                  prompt: `${i.name} will be able to delete the class and remove instructors, you included. You stay on as a co-instructor.`,
                  confirmLabel: "Make owner",
                }}
              />
            ) : null}
            {instructors.length > 1 && i.id !== ownerId && (viewerOwns || i.id === viewerId) ? (
              <ActionButton
                action={removeInstructorAction}
                fields={{ classId, userId: i.id }}
                label={i.id === viewerId ? "Stop teaching" : "Remove"}
                accessibleName={i.id === viewerId ? "Stop teaching this class" : `Remove ${i.name} as an instructor`}
                confirm={{
                  prompt:
                    i.id === viewerId
                      ? "You will no longer see this class or its roster."
                      : `${i.name} will no longer see this class or its roster.`,
                  confirmLabel: i.id === viewerId ? "Stop teaching" : "Remove instructor",
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
      <SingleFieldForm
        action={addCoInstructorAction}
        fields={{ classId }}
        label="Co-instructor email"
        name="email"
        type="email"
        autoComplete="off"
        hint="They need an instructor account. They see this class, its roster and its assignments."
        submitLabel="Add co-instructor"
        secondary
      />
    </div>
  );
}
