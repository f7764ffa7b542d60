// The SMTP connection from the configuration (SMTP_URL). Time-outs stay under the runner's lease so that a
// server that hangs cannot keep a message in SENDING past the lease.
import nodemailer from "nodemailer";

export function smtpTransport(url: string) {
  const u = new URL(url);
  const secure = u.protocol === "smtps:";
  return nodemailer.createTransport({
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    ...(u.username ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {}),
    // A local sink or relay without TLS (smtp://127.0.0.1:2525) is allowed; a remote server offers STARTTLS.
    ignoreTLS: ["127.0.0.1", "localhost", "::1"].includes(u.hostname),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}
