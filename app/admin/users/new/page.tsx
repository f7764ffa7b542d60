import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { CreateUserForm } from "@/components/users/user-forms";
import { requirePermission } from "@/lib/auth/guard";
import { listOrganisationTypes } from "@/lib/users/queries";
import { today } from "@/lib/time/today";
import { toIsoDate } from "@/lib/time/business-date";

export const metadata: Metadata = { title: "Tạo tài khoản" };

export default async function NewUserPage() {
  await requirePermission("user.manage");
  const organisationTypes = await listOrganisationTypes();
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href="/admin/users" className="text-brand-700 underline">
          Người dùng
        </Link>
      </nav>
      <PageHeader title="Tạo tài khoản" kicker="Mật khẩu tạm thời được tạo tự động và hiện một lần sau khi lưu." />
      {/* The submission id travels with the form: a retried submission never creates a second account. */}
      <CreateUserForm submissionId={randomUUID()} organisationTypes={organisationTypes} today={toIsoDate(today())} />
    </>
  );
}
