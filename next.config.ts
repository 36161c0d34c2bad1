import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security/headers";

const dev = process.env.NODE_ENV !== "production";
const asList = (h: Record<string, string>) => Object.entries(h).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // next/image is not used; switching its optimizer off removes the /_next/image endpoint from the surface.
  images: { unoptimized: true },
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  // A CDN may serve a page up to a day past its revalidation while it fetches the new one (stale-while-revalidate).
  expireTime: 86_400,
  // Rendered pages live in memory only (isrFlushToDisk below); a company page with its payloads is ~0.5–1.5 MB at
  // scale, so the default 50 MB would evict pages before they are read twice.
  cacheMaxMemorySize: 512 * 1024 * 1024,
  experimental: {
    // Rendered pages stay in this instance's memory only: a restart (a new database rolled out) renders from the
    // database it finds instead of serving pages left on disk from the previous data. See docs/deployment.md.
    isrFlushToDisk: false,
  },
  // The overview's page lives at /overview/[[...view]] so that nothing is rendered at build time; proxy.ts maps
  // "/?sort=…" to its view segment, and plain "/" comes here.
  async rewrites() {
    return { beforeFiles: [{ source: "/", destination: "/overview" }], afterFiles: [], fallback: [] };
  },
  // One static policy per kind of path: no nonce, so rendered pages can be cached and served to anyone.
  async headers() {
    return [
      { source: "/:path((?!embed/|embed$).*)", headers: asList(securityHeaders({ embeddable: false, dev })) },
      { source: "/embed", headers: asList(securityHeaders({ embeddable: true, dev })) },
      { source: "/embed/:path*", headers: asList(securityHeaders({ embeddable: true, dev })) },
    ];
  },
};

export default nextConfig;
