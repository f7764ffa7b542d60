"use server";
// The "Dân vận khéo" models' entry points, through the one action path.
import { defineAction } from "../actions/server-action";
import { registerModel } from "./definitions";

export const registerModelAction = defineAction(registerModel);
