// Password hashing (argon2id) and the password policy.
import { hash, verify } from "@node-rs/argon2";
import { CONTEXT_WORDS, PASSWORD_MAX, PASSWORD_MIN, PASSWORD_MIN_OWN } from "./password-policy";
import { fold } from "../text/fold";

export { PASSWORD_MAX, PASSWORD_MIN };

// Algorithm.Argon2id of @node-rs/argon2 (a const enum, which isolated modules cannot read).
const ARGON2ID = 2;

const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// A hash of a random password, verified against when the username is unknown so that an unknown user
// and a wrong password take the same time.
let decoy: Promise<string> | undefined;

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (stored === null) {
    decoy ??= hashPassword(crypto.randomUUID());
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

/** A Vietnamese reason the new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < PASSWORD_MIN) return `Mật khẩu phải có ít nhất ${PASSWORD_MIN} ký tự.`;
  if (password.length > PASSWORD_MAX) return `Mật khẩu không được dài quá ${PASSWORD_MAX} ký tự.`;
  if (password.toLowerCase().includes(username.toLowerCase())) return "Mật khẩu không được chứa tên đăng nhập.";
  // No rule on the kinds of characters (ASVS 5.0 6.2.5): a long phrase of words is a good password. What is
  // refused is a password made only of the words anyone would try first, or of one character repeated.
  let own = fold(password).replace(/[^\p{L}\p{N}]/gu, "");
  for (const word of CONTEXT_WORDS) own = own.split(word).join("");
  if (own.length < PASSWORD_MIN_OWN || /^(.)\1*$/.test(fold(password).replace(/\s/g, ""))) {
    return "Mật khẩu quá dễ đoán: hãy dùng một cụm từ của riêng bạn, không chỉ gồm những từ như “mttq”, “matkhau”, tên tỉnh hay dãy số liền nhau.";
  }
  return null;
}
