// Temporary passwords handed out by an administrator: readable, unambiguous, policy-compliant.
import { randomInt } from "node:crypto";

const LETTERS = "abcdefghjkmnpqrstuvwxyz";
const DIGITS = "23456789";

export function temporaryPassword(): string {
  const pick = (set: string, n: number) => Array.from({ length: n }, () => set[randomInt(set.length)]).join("");
  return `${pick(LETTERS, 4)}-${pick(DIGITS, 4)}-${pick(LETTERS, 4)}`;
}
