"use server";
// Supervision and criticism entry points, each through the one action path.
import { defineAction } from "../actions/server-action";
import { criticismStep, saveCriticism } from "./criticism-definitions";
import { approvePlan, savePlan } from "./plan-definitions";
import { closeRecommendation, escalateRecommendation, noteRecommendation, recommendationTask, sendRecommendation } from "./recommendation-definitions";
import { moveActivity, saveActivity } from "./activity-definitions";

const PAGES = ["/communes", "/districts", "/province", "/supervision", "/criticism"];

export const savePlanAction = defineAction(savePlan, PAGES);
export const approvePlanAction = defineAction(approvePlan, PAGES);
export const saveActivityAction = defineAction(saveActivity, PAGES);
export const moveActivityAction = defineAction(moveActivity, PAGES);
export const sendRecommendationAction = defineAction(sendRecommendation, PAGES);
export const closeRecommendationAction = defineAction(closeRecommendation, PAGES);
export const escalateRecommendationAction = defineAction(escalateRecommendation, PAGES);
export const noteRecommendationAction = defineAction(noteRecommendation, PAGES);
export const recommendationTaskAction = defineAction(recommendationTask, PAGES);
export const saveCriticismAction = defineAction(saveCriticism, PAGES);
export const criticismStepAction = defineAction(criticismStep, PAGES);
