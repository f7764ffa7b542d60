"use server";
// Inbox entry points, each through the one action path (defineAction → runAction).
import { defineAction } from "../actions/server-action";
import { markAllRead, openNotification } from "./definitions";

export const openNotificationAction = defineAction(openNotification, ["/notifications"]);
export const markAllReadAction = defineAction(markAllRead, ["/notifications"]);
