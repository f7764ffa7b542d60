import { env } from "../env";
import { businessToday } from "./business-date";

/** The portal's business "today" (APP_TODAY or the real date in Vietnam). */
export function today(): Date {
  return businessToday(env.APP_TODAY);
}
