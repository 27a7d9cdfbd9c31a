/**
 * Roles and what they grant, defined once (docs/decisions/013-permissions-in-code.md).
 * A grant is `action:entity:access`; `any` includes `own`. The rows in
 * Postgres (Role, Permission, _PermissionToRole) are reference data written
 * by migrations; tests/integration/permissions.test.ts fails when they and
 * this table disagree, so a change here needs its migration.
 */
export const ROLE_GRANTS = {
  learner: [
    "read:progress:own",
    "write:progress:own",
    "read:bookmark:own",
    "write:bookmark:own",
    "read:enrollment:own",
    "write:enrollment:own",
    "join:class:own",
    "leave:class:own",
    "read:assignment:own",
    "read:lab-run:own",
    "write:lab-run:own",
    "submit:challenge:own",
  ],
  instructor: [
    "create:class:own",
    "read:class:own",
    "update:class:own",
    "delete:class:own",
    "read:roster:own",
    "create:assignment:own",
    "update:assignment:own",
    "delete:assignment:own",
    "create:custom-path:own",
    "read:custom-path:own",
    "update:custom-path:own",
    "delete:custom-path:own",
  ],
  admin: ["read:user:any", "update:user-role:any"],
} as const;

export type RoleName = keyof typeof ROLE_GRANTS;
export const ROLE_NAMES = Object.keys(ROLE_GRANTS) as RoleName[];

/** Every grant a role can hold, e.g. "read:roster:own". */
export type Permission = (typeof ROLE_GRANTS)[RoleName][number];
type Split<P> = P extends `${infer A}:${infer E}:${infer Access}` ? [A, E, Access] : never;
/** The (action, entity) pairs that exist, so a misspelt one does not compile. */
export type PermissionTarget = { [P in Permission]: Split<P> extends [infer A, infer E, string] ? [A, E] : never }[Permission];
export type Action = PermissionTarget[0];
export type Entity = PermissionTarget[1];
export type Access = "own" | "any";

export const ALL_PERMISSIONS: readonly Permission[] = [...new Set(Object.values(ROLE_GRANTS).flat())];
