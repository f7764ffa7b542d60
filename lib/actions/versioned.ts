// The one way to change a row that was read at a version (optimistic concurrency): the update matches the
// row only at that version and bumps it; matching nothing means someone changed or removed it meanwhile,
// which the action pipeline answers with its conflict message (lib/actions/run-action.ts).
import { ConflictError } from "./result";

type UpdateMany = (args: { where: object; data: object }) => PromiseLike<{ count: number }>;
type DataOf<M extends { updateMany: UpdateMany }> = Omit<Parameters<M["updateMany"]>[0]["data"], "version">;
type WhereOf<M extends { updateMany: UpdateMany }> = NonNullable<Parameters<M["updateMany"]>[0]["where"]>;

/**
 * Updates the row `where` names (its id and the version read, or another guard) and bumps its version;
 * `mismatch` gives the error when it matches nothing (by default the conflict).
 */
export async function updateAtVersion<M extends { updateMany: UpdateMany }>(
  model: M,
  where: WhereOf<M>,
  data: DataOf<M>,
  mismatch: () => Error = () => new ConflictError(),
): Promise<void> {
  const { count } = await model.updateMany({ where, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) throw mismatch();
}
