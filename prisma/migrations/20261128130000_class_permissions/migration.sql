-- Reference data: the permissions classes need beyond the first set (action:entity:access).
-- Admins get no roster or class permission: see docs/decisions/ (admins and rosters).
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('perm_delete_class_own', 'delete', 'class', 'own');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('perm_delete_assignment_own', 'delete', 'assignment', 'own');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('perm_read_custom_path_own', 'read', 'custom-path', 'own');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('perm_delete_custom_path_own', 'delete', 'custom-path', 'own');
INSERT INTO "Permission" ("id", "action", "entity", "access") VALUES ('perm_leave_class_own', 'leave', 'class', 'own');
INSERT INTO "_PermissionToRole" ("A", "B") VALUES ('perm_delete_class_own', 'role_instructor');
INSERT INTO "_PermissionToRole" ("A", "B") VALUES ('perm_delete_assignment_own', 'role_instructor');
INSERT INTO "_PermissionToRole" ("A", "B") VALUES ('perm_read_custom_path_own', 'role_instructor');
INSERT INTO "_PermissionToRole" ("A", "B") VALUES ('perm_delete_custom_path_own', 'role_instructor');
INSERT INTO "_PermissionToRole" ("A", "B") VALUES ('perm_leave_class_own', 'role_learner');
