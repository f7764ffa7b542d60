"use server";
// User administration entry points. Each runs the one action path (defineAction → runAction): parse,
// actor, load target, can(), write with its audit event in one transaction.
import { defineAction } from "../actions/server-action";
import * as definitions from "./definitions";
import * as importDefinitions from "./import-definitions";

export const createUserAction = defineAction(definitions.createUser, ["/admin/users"]);
export const updateUserAction = defineAction(definitions.updateUser, ["/admin/users"]);
export const assignRoleAction = defineAction(definitions.assignRole, ["/admin/users"]);
export const endRoleAction = defineAction(definitions.endRole, ["/admin/users"]);
export const disableUserAction = defineAction(definitions.disableUser, ["/admin/users"]);
export const enableUserAction = defineAction(definitions.enableUser, ["/admin/users"]);
export const resetPasswordAction = defineAction(definitions.resetPassword, ["/admin/users"]);

export const confirmImportAction = defineAction(importDefinitions.confirmImport, ["/admin/users"]);
export const discardImportAction = defineAction(importDefinitions.discardImport, ["/admin/users"]);
