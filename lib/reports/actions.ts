"use server";
// Report entry points, each through the one action path.
import { defineAction } from "../actions/server-action";
import { openReport, reviewReport, saveReport, submitReport } from "./definitions";

const PAGES = ["/communes", "/districts", "/reports", "/province"];

export const openReportAction = defineAction(openReport, PAGES);
export const saveReportAction = defineAction(saveReport, PAGES);
export const autosaveReportAction = defineAction(saveReport, [], { follow: false });
export const submitReportAction = defineAction(submitReport, PAGES);
export const reviewReportAction = defineAction(reviewReport, PAGES);
