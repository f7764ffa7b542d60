"use server";
// Report entry points, each through the one action path.
import { defineAction } from "../actions/server-action";
import { saveRegime, saveTopic } from "./admin-definitions";
import { openReport, reconsolidateReport, saveReport } from "./definitions";
import { prepareReport, reviewReport, submitReport } from "./move-definitions";

const PAGES = ["/communes", "/districts", "/reports", "/province"];

export const openReportAction = defineAction(openReport, PAGES);
export const saveReportAction = defineAction(saveReport, PAGES);
export const autosaveReportAction = defineAction(saveReport, [], { follow: false, draft: true });
export const prepareReportAction = defineAction(prepareReport, PAGES);
export const submitReportAction = defineAction(submitReport, PAGES);
export const reviewReportAction = defineAction(reviewReport, PAGES);
export const reconsolidateReportAction = defineAction(reconsolidateReport, PAGES);
export const saveRegimeAction = defineAction(saveRegime, ["/admin/reporting", "/communes", "/districts"]);
export const saveTopicAction = defineAction(saveTopic, ["/admin/reporting", "/reports"]);
