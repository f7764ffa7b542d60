"use server";
// Register entry points, each through the one action path (defineAction → runAction).
import { defineAction } from "../actions/server-action";
import { setIssuingBody, setRegisterStart, voidRegisterEntry } from "./definitions";

const PAGES = ["/registers", "/meetings", "/reports", "/criticism"];

export const setRegisterStartAction = defineAction(setRegisterStart, PAGES);
export const voidRegisterEntryAction = defineAction(voidRegisterEntry, PAGES);
export const setIssuingBodyAction = defineAction(setIssuingBody, PAGES);
