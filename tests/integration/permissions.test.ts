import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ALL_PERMISSIONS, ROLE_GRANTS, ROLE_NAMES } from "@/lib/auth/permissions";

describe("roles and permissions", () => {
  it("the migrated reference data grants exactly what lib/auth/permissions.ts defines", async () => {
    const roles = await db.role.findMany({ select: { name: true, permissions: { select: { action: true, entity: true, access: true } } } });
    const inDatabase = Object.fromEntries(roles.map((r) => [r.name, r.permissions.map((p) => `${p.action}:${p.entity}:${p.access}`).sort()]));
    const defined = Object.fromEntries(ROLE_NAMES.map((name) => [name, [...ROLE_GRANTS[name]].sort()]));
    expect(inDatabase).toEqual(defined);
  });

  it("no permission row exists that no role grants", async () => {
    const rows = await db.permission.findMany({ select: { action: true, entity: true, access: true } });
    expect(rows.map((p) => `${p.action}:${p.entity}:${p.access}`).sort()).toEqual([...ALL_PERMISSIONS].sort());
  });
});
