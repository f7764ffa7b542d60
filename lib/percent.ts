// A share in percent with one decimal (37.5), or null when nothing was expected: the one rounding every
// rate of the portal uses (reports, supervision, area and national figures, trends).
export const percent = (part: number, whole: number): number | null => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : null);
