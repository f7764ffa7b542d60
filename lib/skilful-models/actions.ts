"use server";
// The "Dân vận khéo" models' entry points, through the one action path.
import { defineAction } from "../actions/server-action";
import { registerModel } from "./definitions";
import { evaluateModel, resubmitModel, setModelCriteria } from "./review-definitions";
import { recogniseModel } from "./recognition-definitions";

const PAGES = ["/models", "/communes", "/districts", "/province"];

export const registerModelAction = defineAction(registerModel, PAGES);
export const setModelCriteriaAction = defineAction(setModelCriteria, ["/admin/models"]);
export const evaluateModelAction = defineAction(evaluateModel, PAGES);
export const resubmitModelAction = defineAction(resubmitModel, PAGES);
export const recogniseModelAction = defineAction(recogniseModel, PAGES);
