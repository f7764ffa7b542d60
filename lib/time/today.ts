import { AsyncLocalStorage } from "node:async_hooks";
import { env } from "../env";
import { businessToday } from "./business-date";

const pinned = new AsyncLocalStorage<Date>();

/** The portal's business "today": a day pinned by onBusinessDay, else APP_TODAY, else the real date in Vietnam. */
export function today(): Date {
  return pinned.getStore() ?? businessToday(env.APP_TODAY);
}

/**
 * Runs `work` with the business "today" pinned to `day` (UTC midnight of a calendar date), whatever APP_TODAY
 * says: the demo seed writes 2018's activity on 2018's dates and today's on today's, and tests pin their own
 * dates. Never used on a request path: a request's today is the deployment's.
 */
export function onBusinessDay<T>(day: Date, work: () => Promise<T>): Promise<T> {
  return pinned.run(day, work);
}
