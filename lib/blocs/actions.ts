"use server";
// Bloc registry entry points, each through the one action path (defineAction → runAction).
import { defineAction } from "../actions/server-action";
import { bulkUpdateBlocs, setBloc } from "./definitions";
import * as peopleDefinitions from "./people-definitions";

export const setBlocAction = defineAction(setBloc, ["/province", "/districts", "/communes"]);
export const bulkUpdateBlocsAction = defineAction(bulkUpdateBlocs, ["/province", "/districts", "/communes"]);

export const addPostAction = defineAction(peopleDefinitions.addPost, ["/communes", "/districts"]);
export const endPostAction = defineAction(peopleDefinitions.endPost, ["/communes", "/districts"]);
export const setMembersAction = defineAction(peopleDefinitions.setMembers, ["/communes"]);
