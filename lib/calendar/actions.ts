"use server";
// Calendar and deadline-rule entry points, through the one action path.
import { defineAction } from "../actions/server-action";
import { reviseDeadlineRule, setCalendarYear } from "./definitions";

export const setCalendarYearAction = defineAction(setCalendarYear, ["/admin/calendar"]);
export const reviseDeadlineRuleAction = defineAction(reviseDeadlineRule, ["/admin/deadline-rules"]);
