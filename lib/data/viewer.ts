import { DataError } from "./errors";

export type RoleName = "learner" | "instructor" | "admin";

/** Who is asking: built from the database on every request (lib/auth/session.ts), never from the client. */
export type Viewer = {
  id: string;
  name: string;
  email: string;
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
export function can(viewer: Viewer, action: string, entity: string, access: "own" | "any"): boolean {
  return (
    viewer.permissions.has(`${action}:${entity}:${access}`) ||
    (access === "own" && viewer.permissions.has(`${action}:${entity}:any`))
  );
}

export function assertCan(viewer: Viewer, action: string, entity: string, access: "own" | "any"): void {
  if (!can(viewer, action, entity, access)) throw new DataError(403, "You do not have permission to do that");
}
