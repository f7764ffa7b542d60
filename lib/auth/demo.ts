// Demo mode: the published demo accounts and their password work only in a portal started as a demo
// (`npm run demo` sets DEMO_MODE=1; NODE_ENV cannot tell, since the demo serves a production build). A real
// database never holds demo data unless someone says so explicitly (scripts/seed.ts).
import type { Db } from "../db";

/** The demo accounts' shared password, published in the README. */
export const DEMO_PASSWORD = "Demo@2018";

export const DEMO_ONLY = "Tài khoản demo và mật khẩu demo chỉ dùng được khi cổng chạy ở chế độ demo (npm run demo). Hãy dùng tài khoản do quản trị viên cấp.";

/** Signing in with a demo account, or with the published demo password, is refused outside demo mode. */
export function demoSignInRefused(user: { isDemo: boolean }, password: string, demoMode: boolean): boolean {
  return !demoMode && (user.isDemo || password === DEMO_PASSWORD);
}

/**
 * Why the demo seed must not run here, or null when it may: outside demo mode, or on a database whose
 * accounts are all real (no demo account yet) unless the person said `--allow-real-users`. A demo database
 * that people have added accounts to stays a demo database.
 */
export async function demoSeedRefusal(db: Db, options: { demoMode: boolean; allowRealUsers: boolean }): Promise<string | null> {
  if (!options.demoMode) {
    return "Dữ liệu demo chỉ được nạp ở chế độ demo: chạy npm run demo, hoặc đặt DEMO_MODE=1 nếu đây đúng là cơ sở dữ liệu demo.";
  }
  if (options.allowRealUsers) return null;
  const [demo, real] = await Promise.all([db.user.count({ where: { isDemo: true } }), db.user.count({ where: { isDemo: false } })]);
  if (real > 0 && demo === 0) {
    return `Cơ sở dữ liệu này có ${real} tài khoản thật và chưa có tài khoản demo: không nạp dữ liệu demo vào đây. Nếu chắc chắn, thêm --allow-real-users.`;
  }
  return null;
}
