"use server";
// Meeting entry points, each through the one action path (defineAction → runAction).
import { defineAction } from "../actions/server-action";
import { autosaveMeeting, saveMeeting } from "./definitions";
import { moveMeeting } from "./move-definitions";
import { issueNotice } from "./notice-definitions";

const PAGES = ["/communes", "/meetings", "/districts", "/province"];

/** The form's own submit: a new meeting then opens on its page. */
export const saveMeetingAction = defineAction(saveMeeting, PAGES);
/** Saving as the user types (not the new-task rows): no navigation, no page refresh; the result carries the id and version. */
export const autosaveMeetingAction = defineAction(autosaveMeeting, [], { follow: false });
export const moveMeetingAction = defineAction(moveMeeting, PAGES);
export const issueNoticeAction = defineAction(issueNotice, PAGES);
