"use server";
// The privacy administration's entry points, through the one action path.
import { defineAction } from "../actions/server-action";
import { runRetention, setRetention } from "./definitions";
import { anonymiseRecord, correctCitizen } from "./request-definitions";

export const setRetentionAction = defineAction(setRetention, ["/admin/privacy"]);
export const runRetentionAction = defineAction(runRetention, ["/admin/privacy"]);
export const anonymiseRecordAction = defineAction(anonymiseRecord, ["/admin/privacy/person"]);
export const correctCitizenAction = defineAction(correctCitizen, ["/admin/privacy/person"]);
