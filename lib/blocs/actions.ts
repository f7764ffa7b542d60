"use server";
// Bloc registry entry points, each through the one action path (defineAction → runAction).
import { defineAction } from "../actions/server-action";
import { bulkUpdateBlocs, setBloc } from "./definitions";

export const setBlocAction = defineAction(setBloc, ["/province", "/districts", "/communes"]);
export const bulkUpdateBlocsAction = defineAction(bulkUpdateBlocs, ["/province", "/districts", "/communes"]);
