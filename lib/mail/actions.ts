"use server";
// Mail settings entry point, through the one action path (defineAction → runAction).
import { defineAction } from "../actions/server-action";
import { saveMailSettings } from "./settings-definitions";

export const saveMailSettingsAction = defineAction(saveMailSettings, ["/account/mail"]);
