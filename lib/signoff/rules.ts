// Two-person sign-off: the one who records or prepares a document is not the one who approves or signs
// it, unless the body has recorded that this person holds both posts (a DualPost). Accounts are not yet
// linked to the people list, so the portal enforces two accounts and shows both on the record.
import { RefusedError } from "../actions/result";
import type { Tx } from "../db";

/** The roles whose holders record, prepare, approve or sign a body's documents. */
export const SIGNING_ROLES = ["BLOC_HEAD", "REVIEWER"] as const;

export interface SignOffStep {
  /** The body (unit) whose document it is. */
  unitId: string;
  /** Who recorded or prepared it; null when no one has (a record from before sign-off was kept). */
  firstById: string | null;
  /** Who now approves or signs it. */
  secondById: string;
  /** The refusal, in the user's words, when the same person would do both. */
  refusal: string;
}

/** Whether the person holds both posts in the body (a live DualPost). */
export async function holdsBothPosts(tx: Tx, unitId: string, userId: string): Promise<boolean> {
  return Boolean(await tx.dualPost.findFirst({ where: { unitId, userId, revokedAt: null }, select: { id: true } }));
}

/** Refuses the second step when its person did the first and does not hold both posts; returns whether
 * the step was taken under a recorded dual post (shown on the record and in the audit event). */
export async function requireSecondPerson(tx: Tx, step: SignOffStep): Promise<{ dualPost: boolean }> {
  if (!step.firstById || step.firstById !== step.secondById) return { dualPost: false };
  if (await holdsBothPosts(tx, step.unitId, step.secondById)) return { dualPost: true };
  throw new RefusedError(step.refusal);
}

export const DUAL_POST_HINT = "Nếu một người giữ cả hai chức danh, cơ quan cấp trên hoặc quản trị viên ghi nhận việc kiêm nhiệm ở trang sổ văn bản của đơn vị.";

/**
 * The signer's step of a prepared document (a report, a criticism opinion): someone else must have put it
 * up for signing ("Trình ký"), unless the signer holds both posts, who then may prepare and sign alone.
 */
export async function requireSigner(
  tx: Tx,
  step: { unitId: string; preparedById: string | null; signerId: string; document: string },
): Promise<{ dualPost: boolean }> {
  const { document } = step;
  return requireSecondPerson(tx, {
    unitId: step.unitId,
    firstById: step.preparedById ?? step.signerId,
    secondById: step.signerId,
    refusal: step.preparedById
      ? `Bạn đã soạn và trình ký ${document} này: ${document} phải do người có thẩm quyền ký, bằng một tài khoản khác. ${DUAL_POST_HINT}`
      : `${document[0].toUpperCase()}${document.slice(1)} chưa được trình ký: người soạn bấm “Trình ký”, rồi người có thẩm quyền ký và gửi bằng một tài khoản khác. ${DUAL_POST_HINT}`,
  });
}
