"use server";
// Hand-over entry points, each through the one action path (defineAction → runAction).
import { defineAction } from "../actions/server-action";
import { handOverItems, handOverUnits, reverseHandOver } from "./definitions";

const PAGES = ["/handover", "/province", "/communes", "/districts"];
export const handOverUnitsAction = defineAction(handOverUnits, PAGES);
export const handOverItemsAction = defineAction(handOverItems, PAGES);
export const reverseHandOverAction = defineAction(reverseHandOver, PAGES);
