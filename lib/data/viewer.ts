import type { Access, PermissionTarget, RoleName } from "@/lib/auth/permissions";
import { DataError } from "./errors";

export type { RoleName } from "@/lib/auth/permissions";

/** Who is asking: built from the database on every request (lib/auth/session.ts), never from the client. */
export type Viewer = {
  id: string;
  name: string;
  email: string;
  /** Whether the address is confirmed (docs/decisions/016). */
  emailVerified: boolean;
  roles: RoleName[];
  /** `action:entity:access` strings granted by the viewer's roles. */
  permissions: ReadonlySet<string>;
  /** When this session's password was proved (seconds since the epoch); sensitive changes need it recent. */
  authTime?: number;
};

/**
 * True when the viewer holds `action:entity:<access>`; an `any` grant
 * includes `own`.
 */
export function can(viewer: Viewer, ...[action, entity, access]: [...PermissionTarget, Access]): boolean {
  return (
    viewer.permissions.has(`${action}:${entity}:${access}`) ||
    (access === "own" && viewer.permissions.has(`${action}:${entity}:any`))
  );
}

export function assertCan(viewer: Viewer, ...target: [...PermissionTarget, Access]): void {
  if (!can(viewer, ...target)) throw new DataError(403, "You do not have permission to do that");
}
