"use server";
// Sign-off entry points, each through the one action path (defineAction → runAction).
import { defineAction } from "../actions/server-action";
import { recordDualPost, revokeDualPost } from "./definitions";

const PAGES = ["/registers"];

export const recordDualPostAction = defineAction(recordDualPost, PAGES);
export const revokeDualPostAction = defineAction(revokeDualPost, PAGES);
