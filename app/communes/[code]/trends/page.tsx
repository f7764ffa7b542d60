import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TrendsPage } from "@/components/trends/trends-page";
import { requireActor } from "@/lib/auth/current";
import { today } from "@/lib/time/today";
import { getUnitByCode } from "@/lib/units/queries";

export const metadata: Metadata = { title: "Xu hướng hoạt động của xã" };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ weeks?: string | string[] }> };

export default async function CommuneTrendsPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const day = today();
  const unit = await getUnitByCode(actor, "COMMUNE", (await params).code, day);
  if (!unit) notFound();
  return <TrendsPage actor={actor} unit={unit} day={day} weeks={(await searchParams).weeks} />;
}
