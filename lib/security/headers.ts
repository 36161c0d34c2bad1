/**
 * Security headers for every response, one static policy per kind of path (no per-request nonce, so pages can be
 * rendered once and served from a cache or CDN). Only /embed/* may be framed by other sites.
 *
 * script-src is 'self' plus 'unsafe-inline': Next.js streams each page's React payload as inline
 * `self.__next_f.push(…)` scripts whose content differs per page, and the theme script runs before first paint.
 * Hashes cannot cover content that changes with every data version, and a nonce needs a fresh render per request.
 * 'unsafe-inline' is acceptable here because the site is read-only and renders no user-authored HTML: every
 * value reaches the page through React's escaping (see the XSS tests in tests/e2e/security-headers.spec.ts) and no
 * script is loaded from another origin. 'unsafe-eval' is allowed only in development, for React's dev tooling.
 */
export function buildSecurityHeaders(pathname: string, dev = false): Record<string, string> {
  return securityHeaders({ embeddable: isEmbedPath(pathname), dev });
}

export function isEmbedPath(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

export function securityHeaders({ embeddable, dev }: { embeddable: boolean; dev: boolean }): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes are how React and Recharts position elements; no script can run from them.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${embeddable ? "*" : "'none'"}`,
  ].join("; ");
  const headers: Record<string, string> = {
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (!embeddable) headers["X-Frame-Options"] = "DENY";
  return headers;
}
