import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A separate build directory lets the test suite build without touching the demo's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Static headers for every response, static files included; the CSP (with its nonce) and HSTS come from proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      {
        // The district outlines: pages address them with a digest of their content (lib/blocs/district-map.ts).
        source: "/maps/:file*",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
    ];
  },
  experimental: {
    // Forms are small; files go through route handlers. Refuse anything larger before it reaches an action.
    serverActions: { bodySizeLimit: "256kb" },
  },
};

export default nextConfig;
