// Password policy numbers, importable by client components (no hashing code here).
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;
