import { removeMemberAction } from "@/app/instructor/classes/[id]/actions";
import type { RosterRow } from "@/lib/learning/roster";
import { ActionButton } from "@/components/ui/action-button";
import { SelectField } from "@/components/ui/form";

/** Removing a learner is rare, so it is one control under the roster rather than a button on every row. */
export function RemoveLearner({ classId, rows }: { classId: string; rows: RosterRow[] }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-blue-700 dark:text-blue-400">Remove a learner from the class</summary>
      <div className="mt-3">
        <ActionButton
          action={removeMemberAction}
          fields={{ classId }}
          label="Remove learner"
          tone="danger"
          confirm={{ prompt: "They stop appearing here, and can join again with the code while it is open.", confirmLabel: "Remove from class" }}
        >
          <SelectField label="Learner to remove" name="userId" className="max-w-full sm:w-96">
            {rows.map((r) => (
              <option key={r.userId} value={r.userId}>
                {r.name} ({r.email})
              </option>
            ))}
          </SelectField>
        </ActionButton>
      </div>
    </details>
  );
}
