// The portal's e-mail in Vietnamese, each as plain text and HTML with the same content: a notice of one
// event, the Monday digest and a password reset. Every link is absolute; every message a user can opt out
// of ends with its one-click unsubscribe link.
import { MAIL_TOPIC_LABEL, type MailTopic } from "./topics";
import { portalUrl } from "./links";

export interface Rendered {
  subject: string;
  text: string;
  html: string;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const PORTAL = "Cổng khối MTTQ cấp xã";

function page(heading: string, body: string, footer: string): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(heading)}</title></head>
<body style="margin:0;padding:16px;background:#f8fafc;font-family:Arial,Helvetica,sans-serif;color:#0f172a;line-height:1.5">
<div style="max-width:640px;margin:0 auto;background:#ffffff;border:1px solid #e2e8f0;border-radius:6px;padding:20px">
<p style="margin:0 0 8px;font-size:13px;color:#475569">${PORTAL}</p>
<h1 style="margin:0 0 16px;font-size:20px">${escape(heading)}</h1>
${body}
<hr style="border:none;border-top:1px solid #e2e8f0;margin:20px 0 12px">
<p style="margin:0;font-size:12px;color:#475569">${footer}</p>
</div></body></html>`;
}

const button = (href: string, label: string) =>
  `<p style="margin:16px 0"><a href="${escape(href)}" style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:10px 16px;border-radius:4px;text-decoration:none">${escape(label)}</a></p>`;

function unsubscribeFooter(topic: MailTopic, link: string) {
  const label = MAIL_TOPIC_LABEL[topic];
  const what = label.charAt(0).toLowerCase() + label.slice(1);
  return {
    text: `Bạn nhận thư này vì đang nhận thư “${what}”. Không muốn nhận nữa (không cần đăng nhập): ${link}\nĐổi các lựa chọn khác ở trang Tài khoản: ${portalUrl("/account/mail")}`,
    html: `Bạn nhận thư này vì đang nhận thư “${escape(what)}”. <a href="${escape(link)}" style="color:#1d4ed8">Không nhận loại thư này nữa</a> (không cần đăng nhập) · <a href="${escape(portalUrl("/account/mail"))}" style="color:#1d4ed8">Các lựa chọn khác</a>`,
  };
}

/** One event (a task assigned, a report returned, a deadline near…), with a link to the record. */
export function noticeMail(n: { topic: MailTopic; displayName: string; title: string; link: string; unsubscribe: string }): Rendered {
  const url = portalUrl(n.link);
  const label = MAIL_TOPIC_LABEL[n.topic];
  const footer = unsubscribeFooter(n.topic, n.unsubscribe);
  return {
    subject: `[${PORTAL}] ${label}: ${n.title}`.slice(0, 240),
    text: `Chào ${n.displayName},\n\n${label}:\n${n.title}\n\nXem trên cổng: ${url}\n\n--\n${footer.text}\n`,
    html: page(
      label,
      `<p style="margin:0 0 8px">Chào ${escape(n.displayName)},</p><p style="margin:0">${escape(n.title)}</p>${button(url, "Mở trên cổng")}`,
      footer.html,
    ),
  };
}

export interface DigestSection {
  heading: string;
  items: { title: string; link: string; note: string }[];
  /** Items beyond those listed. */
  more: number;
}

/** The Monday digest: what the business date makes due and overdue in the recipient's scope. */
export function digestMail(d: { displayName: string; weekLabel: string; sections: DigestSection[]; unsubscribe: string }): Rendered {
  const footer = unsubscribeFooter("DIGEST", d.unsubscribe);
  const total = d.sections.reduce((n, s) => n + s.items.length + s.more, 0);
  const heading = `Việc đến hạn và quá hạn — tuần ${d.weekLabel}`;
  const text = [
    `Chào ${d.displayName},`,
    "",
    `Tuần ${d.weekLabel} có ${total} việc cần chú ý trong phạm vi của bạn.`,
    ...d.sections.flatMap((s) => [
      "",
      `${s.heading} (${s.items.length + s.more})`,
      ...s.items.map((i) => `- ${i.title} — ${i.note}\n  ${portalUrl(i.link)}`),
      ...(s.more ? [`- … và ${s.more} việc khác: ${portalUrl("/")}`] : []),
    ]),
    "",
    `Mở cổng: ${portalUrl("/")}`,
    "",
    "--",
    footer.text,
    "",
  ].join("\n");
  const sections = d.sections
    .map(
      (s) =>
        `<h2 style="margin:20px 0 8px;font-size:16px">${escape(s.heading)} (${s.items.length + s.more})</h2><ul style="margin:0;padding-left:20px">${s.items
          .map((i) => `<li style="margin:0 0 6px"><a href="${escape(portalUrl(i.link))}" style="color:#1d4ed8">${escape(i.title)}</a> — ${escape(i.note)}</li>`)
          .join("")}${s.more ? `<li>… và ${s.more} việc khác</li>` : ""}</ul>`,
    )
    .join("");
  return {
    subject: `[${PORTAL}] Tuần ${d.weekLabel}: ${total} việc đến hạn và quá hạn`,
    text,
    html: page(
      heading,
      `<p style="margin:0 0 8px">Chào ${escape(d.displayName)},</p><p style="margin:0">Tuần ${escape(d.weekLabel)} có ${total} việc cần chú ý trong phạm vi của bạn.</p>${sections}${button(portalUrl("/"), "Mở cổng")}`,
      footer.html,
    ),
  };
}

/** A password reset link (single use, 30 minutes). */
export function resetMail(r: { displayName: string; username: string; link: string; minutes: number }): Rendered {
  const note = `Liên kết dùng được một lần, trong ${r.minutes} phút. Nếu bạn không yêu cầu đặt lại mật khẩu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.`;
  return {
    subject: `[${PORTAL}] Đặt lại mật khẩu`,
    text: `Chào ${r.displayName},\n\nCó yêu cầu đặt lại mật khẩu cho tài khoản ${r.username}. Đặt mật khẩu mới tại:\n${r.link}\n\n${note}\nĐặt mật khẩu mới sẽ kết thúc mọi phiên đăng nhập đang mở của tài khoản.\n`,
    html: page(
      "Đặt lại mật khẩu",
      `<p style="margin:0 0 8px">Chào ${escape(r.displayName)},</p><p style="margin:0">Có yêu cầu đặt lại mật khẩu cho tài khoản <strong>${escape(r.username)}</strong>.</p>${button(r.link, "Đặt mật khẩu mới")}<p style="margin:0;font-size:13px">${escape(note)} Đặt mật khẩu mới sẽ kết thúc mọi phiên đăng nhập đang mở của tài khoản.</p>`,
      "Thư gửi tự động, xin đừng trả lời.",
    ),
  };
}
