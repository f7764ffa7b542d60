"use server";
// Contribution entry points, through the one action path.
import { defineAction } from "../actions/server-action";
import { saveContribution } from "./definitions";

export const saveContributionAction = defineAction(saveContribution, ["/communes", "/meetings"]);
