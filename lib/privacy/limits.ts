// The bounds of a full download's stated reason (lib/privacy/export.ts), shared with the form that asks for it.
export const REASON_MIN = 10;
export const REASON_MAX = 500;
