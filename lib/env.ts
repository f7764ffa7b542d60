// The validated environment, read once when the server (or a script) starts. A bad value fails at boot
// with a message that names the variable, never later on a rare path.
import { z } from "zod";
import { resolveDatabaseUrl } from "./database-url";
import { parseIsoDate } from "./time/business-date";

const schema = z.strictObject({
  DATABASE_URL: z
    .string()
    .optional()
    .transform((url, ctx) => {
      try {
        return resolveDatabaseUrl(url);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
  APP_TODAY: z
    .string()
    .optional()
    .transform((v) => (v && v.trim() ? v.trim() : undefined))
    .refine((v) => v === undefined || parseIsoDate(v) !== null, "APP_TODAY phải là một ngày dạng YYYY-MM-DD"),
  /** The URL users reach the portal at. HTTPS turns on HSTS and Secure cookies. */
  PUBLIC_URL: z.url().optional(),
  /** Signs session tokens; at least 32 characters. Required when the server runs in production. */
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET phải có ít nhất 32 ký tự").optional(),
  /** Demo mode (`npm run demo` sets it): the demo accounts and the published demo password may sign in. */
  DEMO_MODE: z
    .enum(["0", "1", "false", "true"], { error: "DEMO_MODE phải là 1 (chế độ demo) hoặc 0" })
    .optional()
    .transform((v) => v === "1" || v === "true"),
  /** Where the mail runner sends (smtp://host:port, smtps://user:pass@host:465); none, no e-mail is sent. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "SMTP_URL phải có dạng smtp://máy:cổng hoặc smtps://…" }).optional(),
  /** The sender of the portal's e-mail. */
  MAIL_FROM: z.string().min(3).default('"Cổng khối MTTQ cấp xã" <no-reply@localhost>'),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const picked = Object.fromEntries(Object.keys(schema.shape).map((key) => [key, source[key] === "" ? undefined : source[key]]));
  const result = schema.safeParse(picked);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Cấu hình môi trường không hợp lệ:\n${lines}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);

export const isHttps = env.PUBLIC_URL?.startsWith("https://") ?? false;
