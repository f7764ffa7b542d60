// The body of a trends page, for a commune, a 2018 district or the province: the way back, the title and
// the figures (lib/trends). The pages resolve the unit in the reader's scope and the window from ?weeks=.
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { TrendsView } from "@/components/trends/trends-view";
import type { PermissionSubject } from "@/lib/auth/permissions";
import { unitTrends } from "@/lib/trends/queries";
import { parseTrendWindow } from "@/lib/trends/series";
import { unitHref, unitTitle, type UnitType } from "@/lib/units/labels";

interface Props {
  actor: PermissionSubject;
  unit: { id: string; code: string; name: string; type: UnitType; level: string; path: string };
  day: Date;
  weeks: string | string[] | undefined;
}

export async function TrendsPage({ actor, unit, day, weeks }: Props) {
  const window = parseTrendWindow(weeks);
  const trends = await unitTrends(actor, unit, day, window ?? 13);
  const home = unitHref(unit);
  return (
    <>
      <nav aria-label="Vị trí" className="mb-2 text-sm">
        <Link href={home} className="text-brand-700 underline">
          {unitTitle(unit)}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>Xu hướng</span>
      </nav>
      <PageHeader title="Xu hướng hoạt động" kicker={`${unitTitle(unit)} · ${trends.window} tuần gần nhất`} />
      {window === null ? <Notice tone="error">Khoảng thời gian không hợp lệ: chọn 13 hoặc 52 tuần. Đang hiển thị 13 tuần.</Notice> : null}
      <TrendsView trends={trends} basePath={`${home}/trends`} unitCode={unit.code} area={unit.level !== "COMMUNE"} />
    </>
  );
}
