import { rotateJoinCodeAction, setJoinEnabledAction } from "@/app/instructor/classes/[id]/actions";
import { ActionButton } from "@/components/ui/action-button";
import { CopyField } from "./copy-field";

/** The class's join code and link, with rotate and open/close controls. */
export function JoinCodePanel({ classId, joinCode, joinEnabled, origin }: { classId: string; joinCode: string; joinEnabled: boolean; origin: string }) {
  const link = `${origin}/classes/join?code=${joinCode}`;
  return (
    <div className="grid gap-4 rounded-lg border border-slate-200 p-4 md:grid-cols-[auto_minmax(0,1fr)] dark:border-slate-800">
      <div>
        <dl>
          <dt className="text-sm font-medium text-slate-800 dark:text-slate-200">Join code</dt>
          <dd
            data-join-code={joinCode}
            className={`mt-1 font-mono text-3xl font-bold tracking-[0.2em] ${joinEnabled ? "text-slate-900 dark:text-white" : "text-slate-500 line-through dark:text-slate-400"}`}
          >
            {joinCode}
          </dd>
        </dl>
        <p className="mt-2 text-sm">
          {joinEnabled ? (
            <span className="font-medium text-green-800 dark:text-green-300">Open: learners can join with this code.</span>
          ) : (
            <span className="font-medium text-amber-900 dark:text-amber-200">Closed: the code does not let anyone join.</span>
          )}
        </p>
      </div>
      <div className="flex min-w-0 flex-col gap-3">
        <CopyField label="Join link" value={link} id="join-link" />
        <div className="flex flex-wrap items-start gap-3">
          <ActionButton
            action={setJoinEnabledAction}
            fields={{ classId, enabled: joinEnabled ? "false" : "true" }}
            label={joinEnabled ? "Stop new joins" : "Allow joins"}
          />
          <ActionButton
            action={rotateJoinCodeAction}
            fields={{ classId }}
            label="Rotate code"
            confirm={{
              prompt: "Learners who already joined stay. The current code and link stop working at once.",
              confirmLabel: "Rotate the code",
            }}
          />
        </div>
      </div>
    </div>
  );
}
