import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TrendsPage } from "@/components/trends/trends-page";
import { requireActor } from "@/lib/auth/current";
import { today } from "@/lib/time/today";
import { getProvince } from "@/lib/units/queries";

export const metadata: Metadata = { title: "Xu hướng hoạt động toàn tỉnh" };

export default async function ProvinceTrendsPage({ searchParams }: { searchParams: Promise<{ weeks?: string | string[] }> }) {
  const actor = await requireActor();
  const day = today();
  const province = await getProvince(actor, day);
  // The province's figures are for those who work at the province (as its other overview pages).
  if (!province || !actor.assignments.some((a) => a.unitLevel === "PROVINCE")) notFound();
  return <TrendsPage actor={actor} unit={province} day={day} weeks={(await searchParams).weeks} />;
}
