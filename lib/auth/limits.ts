// Session limits (docs/decisions/0007-sessions.md).
/** A session unused for this long is refused. */
export const SESSION_IDLE_MS = 30 * 60_000;
/** A session older than this is refused, however active. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
/** lastSeenAt is written at most this often per session. */
export const SESSION_TOUCH_MS = 60_000;
