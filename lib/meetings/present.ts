// A meeting as a reader may see it (decision 0039): in full for those working it, otherwise with the phone
// and identity numbers in its texts (discussion, the people's situation, hot spots, conclusions, the agenda
// and the tasks it gave) masked. Meetings have no marked citizen fields, so no names are known to mask.
import { maskText } from "../privacy/mask";

interface TaskTexts {
  title: string;
  progressNote: string | null;
}

interface Shown {
  discussion: string;
  peopleSituation: string;
  hotSpots: string;
  conclusions: string;
  agendaItems: { content: string; task: TaskTexts | null }[];
  tasks: TaskTexts[];
}

const maskTask = <T extends TaskTexts>(t: T): T => ({ ...t, title: maskText(t.title), progressNote: t.progressNote && maskText(t.progressNote) });

export function meetingForReader<M extends Shown>(m: M, full: boolean): M {
  if (full) return m;
  return {
    ...m,
    discussion: maskText(m.discussion),
    peopleSituation: maskText(m.peopleSituation),
    hotSpots: maskText(m.hotSpots),
    conclusions: maskText(m.conclusions),
    agendaItems: m.agendaItems.map((a) => ({ ...a, content: maskText(a.content), task: a.task && maskTask(a.task) })),
    tasks: m.tasks.map(maskTask),
  };
}

/** The member organisations' contributions to a week's giao ban, masked the same way for a reader who does not work it. */
export function contributionsForReader<C extends { contribution: { results: string; proposals: string; hotSpots: string } | null }>(
  list: C[],
  full: boolean,
): C[] {
  if (full) return list;
  return list.map((o) => ({
    ...o,
    contribution: o.contribution && {
      ...o.contribution,
      results: maskText(o.contribution.results),
      proposals: maskText(o.contribution.proposals),
      hotSpots: maskText(o.contribution.hotSpots),
    },
  }));
}
