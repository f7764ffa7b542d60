// The one check of a status move (meetings, tasks, reports, supervision activities): the move must start
// from one of its statuses, and a move that needs a reason must have one; each refusal has one wording,
// naming the record and its status as the person sees them.
import { ConflictError, MESSAGES, RefusedError } from "./result";

export interface StatusMove<S extends string> {
  from: readonly S[];
  label: string;
  needsReason?: boolean;
}

/** Refuses `move` from `status` ("Cuộc họp đang ở trạng thái “Đã duyệt”: không thể “trình biên bản”.") or without its reason. */
export function checkMove<S extends string>(record: string, status: S, statusLabels: Record<S, string>, move: StatusMove<S>, reason?: string | null): void {
  if (!move.from.includes(status)) throw new RefusedError(`${record} đang ở trạng thái “${statusLabels[status]}”: không thể “${move.label.toLowerCase()}”.`);
  if (move.needsReason && !reason) throw new RefusedError(MESSAGES.invalid, { reason: ["Hãy nêu lý do."] });
}

/**
 * The start of every status move: the row must still be at the version the form was rendered with, and
 * the move must be allowed from its status (with its reason); returns the move.
 */
export function startMove<S extends string, K extends string, M extends StatusMove<S>>(
  record: string,
  row: { status: S; version: number },
  input: { move: K; version: number; reason?: string | null },
  moves: Record<K, M>,
  statusLabels: Record<S, string>,
): M {
  if (row.version !== input.version) throw new ConflictError();
  const move = moves[input.move];
  checkMove(record, row.status, statusLabels, move, input.reason);
  return move;
}
