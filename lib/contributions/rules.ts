// Contributions to the weekly giao ban (docs/DOMAIN.md, "The weekly cycle"): which weeks take one, and how
// the meeting form starts from them. Pure: no database.
import { addDays } from "../time/business-date";
import { startOfIsoWeek } from "../time/iso-week";

/** The weeks an officer may contribute to on `day`: this week's meeting, and next week's ahead of it. */
export function contributionWeeks(day: Date): Date[] {
  const monday = startOfIsoWeek(day);
  return [monday, addDays(monday, 7)];
}

export interface ContributionText {
  organisation: string;
  results: string;
  proposals: string;
  hotSpots: string;
}

/**
 * The meeting form's starting text from the week's contributions, organisation by organisation: their
 * results and proposals in the discussion, their hot spots in the hot spots. The head edits it; the
 * contributions themselves stay as written.
 */
export function meetingTextFrom(contributions: ContributionText[]): { discussion: string; hotSpots: string } {
  const lines = (s: string) =>
    s
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
  const discussion = contributions
    .filter((c) => c.results || c.proposals)
    .map((c) =>
      [`${c.organisation}:`, ...lines(c.results).map((l) => `- ${l}`), ...(c.proposals ? [`  Đề xuất: ${lines(c.proposals).join("; ")}`] : [])].join("\n"),
    )
    .join("\n");
  const hotSpots = contributions
    .filter((c) => c.hotSpots)
    .map((c) => `${c.organisation}: ${lines(c.hotSpots).join("; ")}`)
    .join("\n");
  return { discussion, hotSpots };
}
