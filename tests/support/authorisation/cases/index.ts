// The matrix's entries: one per server action and route handler, keyed "<file>#<export>". An entry is a
// set of cases (several when one handler serves several files, e.g. the exports), or a public entry with
// its own check (sign-in, health): those take no target.
import type { Case, RequestState } from "../harness";
import type { World } from "../world";
import { adminCases } from "./admin";
import { blocCases } from "./blocs";
import { handOverCases } from "./handover";
import { meetingCases } from "./meetings";
import { modelCases, modelRouteCases } from "./models";
import { mailSettingsCases, notificationCases } from "./notifications";
import { changePasswordCase, endSessionEntry, publicEntries } from "./public";
import { registerCases } from "./registers";
import { reportCases } from "./reports";
import { routeCases } from "./routes";
import { supervisionCases } from "./supervision";

export interface PublicEntry {
  public: string;
  check: (w: World, fn: unknown, request: RequestState) => Promise<void>;
}
export type Entry = Record<string, Case> | PublicEntry;
export const isPublic = (e: Entry): e is PublicEntry => typeof (e as PublicEntry).public === "string";

const single = (cases: Record<string, Case>) => Object.fromEntries(Object.entries(cases).map(([k, c]) => [k, { "": c }]));

export const ENTRIES: Record<string, Entry> = {
  ...single(meetingCases),
  ...single(blocCases),
  ...single(adminCases),
  ...single(reportCases),
  ...single(supervisionCases),
  ...single(handOverCases),
  ...single(notificationCases),
  ...single(mailSettingsCases),
  ...single(registerCases),
  ...single(modelCases),
  "lib/auth/actions.ts#changePasswordAction": { "": changePasswordCase },
  "lib/auth/actions.ts#endSessionAction": endSessionEntry,
  ...routeCases,
  ...modelRouteCases,
  ...publicEntries,
};
