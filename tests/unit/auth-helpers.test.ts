import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password";
import { normaliseUsername } from "@/lib/auth/sign-in";
import { addressFrom } from "@/lib/request-context";
import { changesOf } from "@/lib/audit/queries";
import { temporaryPassword } from "@/lib/users/temporary-password";

describe("password policy", () => {
  it("asks for length and no username, any kind of characters, and refuses only the words anyone would try first", () => {
    expect(passwordProblem("ngắn1", "an")).toMatch(/ít nhất/);
    // No composition rule (ASVS 5.0 6.2.5): letters only, a phrase with spaces, another script.
    expect(passwordProblem("chỉcóchữthôiđấy", "an")).toBeNull();
    expect(passwordProblem("con mèo ngồi trên mái nhà", "an")).toBeNull();
    expect(passwordProblem("雨の日の図書館で本を読む", "an")).toBeNull();
    for (const guess of ["Mttq@123456", "MatKhau123456", "QuangNinh2025!", "aaaaaaaaaaaa", "Password123456", "mặt trận 123456"]) {
      expect(passwordProblem(guess, "xa-06922"), guess).toMatch(/dễ đoán/);
    }
    expect(passwordProblem("xa-06922-mat-khau-1", "xa-06922")).toMatch(/tên đăng nhập/);
    expect(passwordProblem("Mật-khẩu-mới-2018", "xa-06922")).toBeNull();
    expect(passwordProblem("a1".repeat(200), "x")).toMatch(/dài quá/);
  });

  it("hands out temporary passwords the policy accepts", () => {
    for (let i = 0; i < 50; i++) expect(passwordProblem(temporaryPassword(), "someone")).toBeNull();
  });
});

describe("usernames and addresses", () => {
  it("normalises case and surrounding spaces, keeping dots", () => {
    expect(normaliseUsername(" XA-06922 ")).toBe("xa-06922");
    expect(normaliseUsername("CanBo.Thu")).toBe("canbo.thu");
  });

  it("takes the address the server appended, not what the client claimed", () => {
    expect(addressFrom("6.6.6.6, 10.0.0.5", null)).toBe("10.0.0.5");
    expect(addressFrom(null, "10.0.0.7")).toBe("10.0.0.7");
    expect(addressFrom(null, null)).toBe("unknown");
  });
});

describe("history changes", () => {
  it("lists only the fields that changed", () => {
    expect(changesOf({ a: 1, b: "x" }, { a: 1, b: "y", c: true })).toEqual([
      { field: "b", before: "x", after: "y" },
      { field: "c", before: null, after: true },
    ]);
    expect(changesOf(null, { a: 1 })).toEqual([{ field: "a", before: null, after: 1 }]);
  });
});
