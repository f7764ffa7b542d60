// A report as a reader may see it (decision 0039): in full, or with its citizens masked: each issue's
// citizen, and in every text of the report the names its issues give and any phone or identity number.
import type { CitizenFields } from "../privacy/fields";
import { maskText } from "../privacy/mask";
import { present } from "../privacy/present";

interface Shown {
  generalMood: string;
  forecast: string;
  blocWork: string;
  issues: (CitizenFields & { description: string; location: string; scale: string; handling: string })[];
  recommendations: { content: string }[];
}

/** The citizens' names a report's issues give (masked wherever they appear for other readers). */
export const citizenNames = (issues: CitizenFields[]) => issues.map((i) => i.citizenName).filter(Boolean);

export function reportForReader<R extends Shown>(report: R, full: boolean): R {
  if (full) return report;
  const names = citizenNames(report.issues);
  const mask = (s: string) => maskText(s, names);
  const work = JSON.parse(report.blocWork) as Record<string, string>;
  return {
    ...report,
    generalMood: mask(report.generalMood),
    forecast: mask(report.forecast),
    blocWork: JSON.stringify(Object.fromEntries(Object.entries(work).map(([k, v]) => [k, mask(v)]))),
    issues: report.issues.map((i) => present(i, ["description", "location", "scale", "handling"], false, names)),
    recommendations: report.recommendations.map((r) => ({ ...r, content: mask(r.content) })),
  };
}
