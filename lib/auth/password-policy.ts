// Password policy numbers, importable by client components (no hashing code here).
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

/**
 * Words anyone would try first against this portal (ASVS 5.0 6.1.2, 6.2.11): its names, the province, the
 * word "password" in both languages and the keyboard and digit runs. Compared folded (no diacritics, case or
 * punctuation). A password that is nothing but these and the username is refused; one that contains them
 * among other words is not (a phrase may mention MTTQ).
 */
export const CONTEXT_WORDS = [
  "mttq",
  "mattrantoquoc",
  "mattran",
  "matran",
  "khoidanvan",
  "danvan",
  "quangninh",
  "halong",
  "vietnam",
  "matkhau",
  "password",
  "passw0rd",
  "admin",
  "demo",
  "123456",
  "234567",
  "345678",
  "456789",
  "987654",
  "qwerty",
  "asdfgh",
  "abcdef",
  "abc123",
] as const;
/** What must remain of a password, folded, once its context words and the username are taken out. */
export const PASSWORD_MIN_OWN = 6;
