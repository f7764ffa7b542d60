// Demo data, loaded by `npm run demo` only. The platform has no user-entered records yet; the demo
// accounts and activity arrive with the identity and feature issues. Kept as the one place they go.
import type { Db } from "../../lib/db";

export async function seedDemo(_db: Db): Promise<{ created: number }> {
  return { created: 0 };
}
