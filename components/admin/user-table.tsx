import { setRoleAction } from "@/app/admin/actions";
import { ActionButton } from "@/components/ui/action-button";
import { formatDay } from "@/components/ui/format-day";
import type { UserListItem } from "@/lib/data/users";

const ROLE_LABEL = { learner: "Learner", instructor: "Instructor", admin: "Admin" } as const;
const th = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300";

function RoleButton({ user, role, viewerId }: { user: UserListItem; role: "instructor" | "admin"; viewerId: string }) {
  const has = user.roles.includes(role);
  const self = user.id === viewerId;
  return (
    <ActionButton
      action={setRoleAction}
      fields={{ userId: user.id, role, granted: has ? "false" : "true" }}
      label={`${has ? "Revoke" : "Grant"} ${role}`}
      accessibleName={`${has ? "Revoke" : "Grant"} ${role} ${has ? "from" : "to"} ${user.name}`}
      tone={has ? "danger" : "secondary"}
      confirm={
        has || self
          ? {
              prompt: self
                ? `This changes your own roles: you will need to sign in again.`
                : `${user.name} loses the ${role} role from their next request.`,
              confirmLabel: `${has ? "Revoke" : "Grant"} ${role}`,
            }
          : undefined
      }
    />
  );
}

/** Users with their roles, and buttons to grant or revoke instructor and admin. */
export function UserTable({ users, viewerId, caption }: { users: UserListItem[]; viewerId: string; caption: string }) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="relative overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 dark:bg-slate-900">
          <tr>
            <th scope="col" className={th}>User</th>
            <th scope="col" className={th}>Roles</th>
            <th scope="col" className={th}>Joined</th>
            <th scope="col" className={th}>Change roles</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {users.map((u) => (
            <tr key={u.id}>
              <th scope="row" className="px-3 py-3 text-left align-top font-normal">
                <span className="block font-medium text-slate-900 dark:text-slate-50">
                  {u.name}
                  {u.id === viewerId ? <span className="font-normal text-slate-600 dark:text-slate-400"> (you)</span> : null}
                </span>
                <span className="block break-all text-xs text-slate-600 dark:text-slate-400">{u.email}</span>
              </th>
              <td className="px-3 py-3 align-top">
                <ul className="flex flex-wrap gap-1">
                  {u.roles.map((r) => (
                    <li key={r} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800 dark:bg-slate-800 dark:text-slate-200">
                      {ROLE_LABEL[r]}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="whitespace-nowrap px-3 py-3 align-top text-slate-700 dark:text-slate-300">
                <time dateTime={u.createdAt.toISOString()}>{formatDay(u.createdAt)}</time>
              </td>
              <td className="px-3 py-3 align-top">
                <div className="flex flex-wrap gap-2">
                  <RoleButton user={u} role="instructor" viewerId={viewerId} />
                  <RoleButton user={u} role="admin" viewerId={viewerId} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
