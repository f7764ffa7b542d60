"use server";
// Task entry points (added from the meeting page, progressed by the owner organisation, managed by the
// head), each through the one action path (defineAction → runAction).
import { defineAction } from "../actions/server-action";
import { addTask, manageTask, progressTask } from "./definitions";

const PAGES = ["/communes", "/meetings", "/districts", "/province"];

export const addTaskAction = defineAction(addTask, PAGES);
export const progressTaskAction = defineAction(progressTask, PAGES);
export const manageTaskAction = defineAction(manageTask, PAGES);
