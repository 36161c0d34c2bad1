import { type APIResponse, expect, test } from "@playwright/test";
import { rawRequest } from "../support/fuzz-http";
import { showAllCharts } from "./helpers";

/**
 * Security headers (next.config.ts + lib/security/headers.ts, scripts/serve.ts for refusals) on every kind of response, the absence of any write
 * endpoint, CORS on the read-only API, escaping of user-controlled text, and a CSP the pages actually satisfy.
 */

const PAGES = ["/", "/companies/RIOT", "/compare", "/methodology", "/changes", "/data"];
const EMBEDS = ["/embed/compare", "/embed/companies/RIOT"];
const API = ["/api/v1/companies", "/api/v1/companies/RIOT", "/api/v1/series"];
const STATIC = ["/fonts/inter-latin-400-normal.woff2", "/icon.svg"];

interface Expected {
  status: number;
  embeddable: boolean;
}
const ROUTES: [string, Expected][] = [
  ...PAGES.map((p): [string, Expected] => [p, { status: 200, embeddable: false }]),
  ...EMBEDS.map((p): [string, Expected] => [p, { status: 200, embeddable: true }]),
  ...API.map((p): [string, Expected] => [p, { status: 200, embeddable: false }]),
  ...STATIC.map((p): [string, Expected] => [p, { status: 200, embeddable: false }]),
  ["/no-such-page", { status: 404, embeddable: false }],
  ["/companies/ZZZZ", { status: 404, embeddable: false }],
  ["/embed/companies/ZZZZ", { status: 404, embeddable: true }],
  ["/api/v1/companies/ZZZZ", { status: 404, embeddable: false }],
  ["/api/v1/series?lens=bogus", { status: 400, embeddable: false }],
  // scripts/serve.ts answers an undecodable path itself.
  ["/companies/%E0%A4%A", { status: 400, embeddable: false }],
];

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
}

function headerProblems(res: APIResponse, embeddable: boolean): string[] {
  const h = res.headers();
  const problems: string[] = [];
  const csp = h["content-security-policy"];
  if (!csp) problems.push("no Content-Security-Policy");
  else {
    const d = directives(csp);
    if (csp.includes("unsafe-eval")) problems.push("CSP allows 'unsafe-eval'");
    // 'self' plus inline (Next's streamed payload; see lib/security/headers.ts): never another origin or a wildcard.
    if (!d.get("script-src")?.includes("'self'")) problems.push("CSP script-src");
    if (d.get("script-src")?.some((v) => v === "*" || /^(https?:|data:|blob:)/.test(v)))
      problems.push("CSP script-src allows other origins");
    if (d.get("object-src")?.join(" ") !== "'none'") problems.push("CSP object-src is not 'none'");
    const fa = d.get("frame-ancestors")?.join(" ");
    if (fa !== (embeddable ? "*" : "'none'")) problems.push(`CSP frame-ancestors is ${fa ?? "missing"}`);
  }
  if (h["x-content-type-options"] !== "nosniff") problems.push("no X-Content-Type-Options: nosniff");
  if (!h["referrer-policy"]) problems.push("no Referrer-Policy");
  if (!h["permissions-policy"]) problems.push("no Permissions-Policy");
  if (embeddable && h["x-frame-options"]) problems.push(`X-Frame-Options ${h["x-frame-options"]} on an embed`);
  if (!embeddable && h["x-frame-options"]?.toUpperCase() !== "DENY") problems.push("no X-Frame-Options: DENY");
  if (h["x-powered-by"]) problems.push(`X-Powered-By: ${h["x-powered-by"]}`);
  return problems;
}

test("every page, embed, API route, error and static file carries the security headers", async ({ request }) => {
  const report: string[] = [];
  for (const [url, { status, embeddable }] of ROUTES) {
    const res = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
    expect(res.status(), url).toBe(status);
    for (const p of headerProblems(res, embeddable)) report.push(`${url} (${res.status()}): ${p}`);
  }
  expect(report).toEqual([]);
});

test("the CSP is one static policy per kind of path: no nonce, no eval, nothing from other origins", async ({
  request,
}) => {
  const policies = new Map<string, string>();
  for (const url of [...PAGES, "/companies/RIOT?cadence=quarterly", ...EMBEDS, ...API]) {
    const csp = (await request.get(url)).headers()["content-security-policy"];
    expect(csp, url).not.toMatch(/nonce-|unsafe-eval|https?:/);
    const d = directives(csp);
    expect(d.get("script-src"), url).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get("base-uri"), url).toEqual(["'none'"]);
    policies.set(url, csp);
  }
  // The same page twice gets the same policy, so a cached copy is as safe as a fresh one.
  expect((await request.get("/compare")).headers()["content-security-policy"]).toBe(policies.get("/compare"));
  const kinds = new Set(policies.values());
  expect(kinds.size).toBe(2);
  expect(policies.get("/embed/compare")).not.toBe(policies.get("/compare"));
});

test("/_next/static assets (JS, CSS) are sent with X-Content-Type-Options: nosniff", async ({ request }) => {
  // next.config.ts headers() covers built assets too.
  const html = await (await request.get("/")).text();
  const assets = [...new Set([...html.matchAll(/\/_next\/static\/[^"'\s>]+\.(?:js|css)/g)].map((m) => m[0]))].slice(
    0,
    4,
  );
  expect(assets.length).toBeGreaterThan(1);
  const missing: string[] = [];
  for (const asset of assets) {
    const res = await request.get(asset);
    expect(res.status(), asset).toBe(200);
    if (res.headers()["x-content-type-options"] !== "nosniff") missing.push(asset);
  }
  expect(missing).toEqual([]);
});

const WRITE_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

test("no write endpoint on the API: POST, PUT, PATCH and DELETE answer 405", async ({ request }) => {
  const got: string[] = [];
  for (const url of [...API, "/api/v1/companies/ZZZZ", "/api/v1/nothing-here"]) {
    for (const method of WRITE_METHODS) {
      const res = await request.fetch(url, { method, data: '{"ticker":"EVIL"}', failOnStatusCode: false });
      got.push(`${method} ${url} ${[404, 405].includes(res.status()) ? "refused" : res.status()}`);
    }
  }
  expect(got.filter((g) => !g.endsWith("refused"))).toEqual([]);
  // The real routes name the methods they do allow.
  const res = await request.fetch("/api/v1/series", { method: "POST", failOnStatusCode: false });
  expect(res.status()).toBe(405);
});

test("writes to unknown paths are refused", async ({ request }) => {
  for (const url of ["/no-such-page", "/fonts/no-such-font.woff2", "/api/v1/nothing"]) {
    for (const method of WRITE_METHODS) {
      const res = await request.fetch(url, { method, data: "x", failOnStatusCode: false });
      expect([404, 405], `${method} ${url}`).toContain(res.status());
    }
  }
});

test("POST, PUT, PATCH and DELETE to a file in public/ answer 405", async ({ request }) => {
  // Regression: Next's public-file handler answered 500; scripts/serve.ts now refuses writes outside /api with 405.
  const got: string[] = [];
  for (const url of ["/fonts/inter-latin-400-normal.woff2", "/readme/overview.png"]) {
    for (const method of WRITE_METHODS) {
      const res = await request.fetch(url, { method, failOnStatusCode: false });
      if (![404, 405].includes(res.status())) got.push(`${method} ${url} → ${res.status()}`);
    }
  }
  expect(got).toEqual([]);
});

test("pages answer POST, PUT, PATCH and DELETE with 405", async ({ request }) => {
  // Regression: pages used to render for any method (nothing was written; no server actions exist).
  const got: string[] = [];
  for (const url of [...PAGES, ...EMBEDS]) {
    for (const method of WRITE_METHODS) {
      const res = await request.fetch(url, { method, data: "x=1", failOnStatusCode: false });
      if (![404, 405].includes(res.status())) got.push(`${method} ${url} → ${res.status()}`);
    }
  }
  expect(got).toEqual([]);
});

test("TRACE and unknown methods answer 405 or 501 on every kind of route, never 500", async ({ baseURL }) => {
  // scripts/serve.ts answers them: Next.js cannot build a Request for TRACE and used to fail with 500.
  const statuses: string[] = [];
  for (const url of ["/", "/companies/RIOT", "/api/v1/companies", "/icon.svg", "/no-such-page"]) {
    for (const method of ["TRACE", "PROPFIND"]) {
      const res = await rawRequest(baseURL!, url, { method });
      statuses.push(`${method} ${url} ${res.status}`);
      expect(res.body).not.toMatch(/\bat .*\.js:\d+/);
    }
  }
  expect(statuses.filter((s) => !/ (405|501)$/.test(s))).toEqual([]);
});

test("OPTIONS on the API answers 204 with CORS for reading only", async ({ request }) => {
  for (const url of API) {
    const res = await request.fetch(url, {
      method: "OPTIONS",
      headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET" },
    });
    expect(res.status(), url).toBe(204);
    const h = res.headers();
    expect(h["access-control-allow-origin"], url).toBe("*");
    const methods = h["access-control-allow-methods"].split(",").map((m) => m.trim().toUpperCase());
    expect(methods, url).toContain("GET");
    expect(
      methods.filter((m) => !["GET", "HEAD", "OPTIONS"].includes(m)),
      url,
    ).toEqual([]);
    expect(h["access-control-allow-credentials"], url).toBeUndefined();
    expect(await res.text(), url).toBe("");
  }
  // A GET carries the CORS header too, so a browser script on another site can read the data.
  const get = await request.get("/api/v1/series", { headers: { Origin: "https://example.org" } });
  expect(get.headers()["access-control-allow-origin"]).toBe("*");
});

test("user-controlled text in the query and the path is escaped in the HTML", async ({ request }) => {
  const compare = await request.get("/compare?companies=<script>alert(1)</script>");
  expect(compare.status()).toBe(200);
  const html = await compare.text();
  expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  expect(html).not.toContain("<script>alert(1)");
  expect(html).not.toMatch(/<script[^>]*>\s*alert\(1\)/);

  const company = await request.get("/companies/%3Cimg%20src%3Dx%3E");
  expect(company.status()).toBe(404);
  const page = await company.text();
  expect(page).not.toContain("<img src=x>");
  expect(page).not.toMatch(/<img[^>]+src=x\b/i);

  for (const url of [
    "/compare?lens=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "/companies/RIOT?cadence=%3C%2Fscript%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/embed/compare?time=%3Csvg%20onload%3Dalert(1)%3E",
    "/?sort=%3Ciframe%20src%3Djavascript%3Aalert(1)%3E",
  ]) {
    const body = await (await request.get(url)).text();
    expect(body, url).not.toMatch(/<(img|svg|iframe)[^>]*(onerror|onload|javascript:)/i);
    expect(body, url).not.toContain("<script>alert(1)");
  }

  // The API echoes a bad ticker inside JSON, served as JSON with nosniff: never HTML.
  const api = await request.get("/api/v1/companies/%3Cimg%20src%3Dx%3E");
  expect(api.status()).toBe(400);
  expect(api.headers()["content-type"]).toMatch(/^application\/json/);
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});

test("pages load in the browser without any Content Security Policy violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy|Refused to (execute|load|apply|connect|frame)/i.test(m.text()))
      violations.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => {
    if (/Content.Security.Policy/i.test(String(e))) violations.push(`${page.url()}: ${e}`);
  });
  // Registered before any page script runs: the browser reports each violation as a DOM event too.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const urls: [string, boolean][] = [
    ["/", false], // its headline figure is server-drawn SVG
    ["/companies/RIOT", true],
    ["/compare?companies=RIOT~MARA&lens=peak", true],
    ["/methodology", false],
    ["/embed/compare", true],
    ["/embed/companies/RIOT", true],
  ];
  for (const [url, chart] of urls) {
    await page.goto(url);
    await showAllCharts(page);
    // Charts render on the client: a drawn line means the scripts ran under the CSP.
    if (chart) await expect(page.locator("svg path.recharts-curve").first()).toBeAttached();
    const reported = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(reported, url).toEqual([]);
  }
  expect(violations).toEqual([]);
});
