// Lengths shared by the forms (maxLength in the browser) and their schemas (checked on the server).
/** A long free text: notes, conclusions, the sections of a report. */
export const LONG_TEXT = 20_000;
