import http from "node:http";

/**
 * What a leaked server error looks like in a response body: a V8 stack frame with a file position, a module
 * path, "Error: …" followed by a stack, or an error serialized into the React flight data of a rendered page
 * (a 404 from notFound() is the only digest a page may carry).
 */
export const LEAK_PATTERNS: readonly RegExp[] = [
  /\bat .*\.(?:js|mjs|cjs|ts|tsx|jsx):\d+/,
  /\bat (?:async )?[\w$.<>[\]]+ \((?:\/|file:|node:|webpack)/,
  /node_modules/,
  /\b(?:Type|Reference|Range|Syntax|URI)?Error: [^\n]*\n\s+at /,
  /:E\{\\"digest\\":\\"(?!NEXT_HTTP_ERROR_FALLBACK;404\\")/,
  /webpack-internal:/,
  /\/\.next\/server\//,
];

/** The first leak found in a body, with some context, or null. */
export function findLeak(body: string): string | null {
  for (const re of LEAK_PATTERNS) {
    const m = re.exec(body);
    if (m) return `${re} matched ${JSON.stringify(body.slice(Math.max(0, m.index - 60), m.index + 120))}`;
  }
  return null;
}

/**
 * True when generated input could itself look like a leak once a page echoes it back ("Ignored lens=…"), which
 * would make the check meaningless for that request. Random input almost never does.
 */
export function looksLikeLeak(input: string): boolean {
  const forms = [input];
  let s = input;
  for (let i = 0; i < 3; i++) {
    try {
      s = decodeURIComponent(s.replaceAll("+", " "));
      forms.push(s);
    } catch {
      break;
    }
  }
  return forms.some((f) => /\bat\s|node_modules|webpack|\.next\/|Error:/i.test(f));
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * One HTTP request with the request target sent exactly as given (no URL normalization: "/companies/.." stays as
 * it is, unlike in a browser or Playwright's request fixture, which resolve dot segments first).
 */
export function rawRequest(
  baseURL: string,
  target: string,
  opts: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const base = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: opts.method ?? "GET",
        path: target,
        headers: opts.headers,
        insecureHTTPParser: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${opts.method ?? "GET"} ${target}`)));
    req.on("error", reject);
    req.end();
  });
}
