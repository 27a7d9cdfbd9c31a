/** The plain-words list of what joining shares, and what it never shares. */
export function SharedWithInstructors({ name, email }: { name: string; email: string }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <h3 className="font-semibold">Your instructors see</h3>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
          <li>
            your name (<span className="font-medium">{name}</span>) and email (<span className="font-medium break-all">{email}</span>), and whether
            you confirmed the address
          </li>
          <li>the day you joined</li>
          <li>for each path the class assigns: how many of its studies you completed, the percent, the day you finished it</li>
          <li>whether you are overdue, on track or behind for its due date</li>
        </ul>
      </div>
      <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <h3 className="font-semibold">They never see</h3>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
          <li>your bookmarks and notes</li>
          <li>studies and paths the class does not assign</li>
          <li>your other classes</li>
        </ul>
      </div>
    </div>
  );
}
