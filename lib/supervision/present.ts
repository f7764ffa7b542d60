// Supervision records as a reader may see them (decision 0039): in full for those working them, otherwise
// with the phone and identity numbers in their texts masked (the activity's content, the subject's report,
// findings and result; a criticism's opinion and explanation; each recommendation, its answer and notes).
// These records have no marked citizen fields, so no names are known to mask.
import { can, type PermissionSubject } from "../auth/permissions";
import { maskText } from "../privacy/mask";

interface Rec {
  content: string;
  responseContent: string | null;
  withdrawnReason: string | null;
  notes?: { note: string }[];
}

const orNull = (s: string | null) => s && maskText(s);

const maskRec = <R extends Rec>(r: R): R => ({
  ...r,
  content: maskText(r.content),
  responseContent: orNull(r.responseContent),
  withdrawnReason: orNull(r.withdrawnReason),
  ...(r.notes ? { notes: r.notes.map((n) => ({ ...n, note: maskText(n.note) })) } : {}),
});

export function recommendationsForReader<R extends Rec>(recs: R[], full: boolean): R[] {
  return full ? recs : recs.map(maskRec);
}

/** A list of recommendations across units, each masked unless the reader works its unit ("citizen.full"). */
export function recommendationsShownTo<R extends Rec & { unit: { path: string } }>(actor: PermissionSubject, recs: R[]): R[] {
  return recs.map((r) => (can(actor, "citizen.full", { unitPath: r.unit.path }) ? r : maskRec(r)));
}

export function activityForReader<A extends { content: string; subjectReport: string; findings: string; resultReport: string; recommendations: Rec[] }>(
  a: A,
  full: boolean,
): A {
  if (full) return a;
  return {
    ...a,
    content: maskText(a.content),
    subjectReport: maskText(a.subjectReport),
    findings: maskText(a.findings),
    resultReport: maskText(a.resultReport),
    recommendations: recommendationsForReader(a.recommendations, false),
  };
}

export function criticismForReader<C extends { opinionContent: string; explanationContent: string | null; recommendations: Rec[] }>(c: C, full: boolean): C {
  if (full) return c;
  return {
    ...c,
    opinionContent: maskText(c.opinionContent),
    explanationContent: orNull(c.explanationContent),
    recommendations: recommendationsForReader(c.recommendations, false),
  };
}
