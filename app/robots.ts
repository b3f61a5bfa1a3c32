import type { MetadataRoute } from "next";
import { publicBaseUrl } from "@/lib/server/public-url";

export const dynamic = "force-dynamic";

/** Search engines may read the public pages (the catalogue above all); the API is not for them. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const base = await publicBaseUrl();
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/api/"] }], sitemap: `${base}/sitemap.xml` };
}
