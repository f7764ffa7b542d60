import type { Metadata, Viewport } from "next";
import { preload } from "react-dom";
import "./globals.css";
import { AppShell } from "@/components/layout/app-shell";

export const metadata: Metadata = {
  title: { default: "Cổng điều phối Khối MTTQ cấp xã", template: "%s · Cổng điều phối Khối MTTQ cấp xã" },
  description: "Giao ban, nhiệm vụ, báo cáo tình hình nhân dân và giám sát của khối Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội cấp xã.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#991b1b" };

const FONTS = ["vietnamese-400", "latin-400", "vietnamese-600", "latin-600"].map((f) => `/fonts/be-vietnam-pro-${f}-normal.woff2`);

export default function RootLayout({ children }: { children: React.ReactNode }) {
  for (const href of FONTS) preload(href, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
  return (
    <html lang="vi">
      <body className="min-h-dvh font-sans">
        <AppShell>{children}</AppShell>
      </body>
    </html>
  );
}
