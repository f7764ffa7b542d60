import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { MailSettingsForm } from "@/components/mail/mail-settings-form";
import { requireActor } from "@/lib/auth/current";
import { mailSettingsOf } from "@/lib/mail/queries";
import { MAIL_TOPIC_LABEL, MAIL_TOPICS, wantsEmail } from "@/lib/mail/topics";
import { topicField } from "@/lib/mail/settings-schema";
import { formatDateTime } from "@/lib/time/business-date";

export const metadata: Metadata = { title: "Thư điện tử" };

export default async function MailSettingsPage() {
  const actor = await requireActor();
  const user = await mailSettingsOf(actor.userId);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <PageHeader title="Thư điện tử" kicker="Tài khoản" />
      <p className="text-sm text-slate-700">
        Mọi thông báo đều có trong{" "}
        <Link href="/notifications" className="text-brand-700 underline">
          hộp thông báo
        </Link>
        . Ở đây bạn chọn loại nào được gửi thêm qua thư điện tử. Thư tổng hợp đi lúc 7 giờ sáng thứ Hai, liệt kê việc đến hạn trong tuần và việc quá hạn.
      </p>
      {user.emailBouncedAt ? (
        <Notice tone="warning">
          Thư gửi tới {user.email} bị máy chủ nhận trả về lúc {formatDateTime(user.emailBouncedAt)}, nên cổng đã ngừng gửi. Hãy kiểm tra và lưu lại địa chỉ
          đúng.
        </Notice>
      ) : null}
      <MailSettingsForm
        email={user.email ?? ""}
        topics={MAIL_TOPICS.map((t) => ({ name: topicField(t), label: MAIL_TOPIC_LABEL[t], checked: wantsEmail(user.mailPreferences, t) }))}
      />
    </div>
  );
}
