/** Timed HTTP GETs over one keep-alive connection, without compression (the bytes measured are the HTML bytes). */
import http from "node:http";

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export interface Timed {
  status: number;
  contentType: string;
  bytes: number;
  /** Time from sending the request to the last byte of the body. */
  ms: number;
  body: Buffer;
}

export function get(url: string, timeoutMs = 30_000): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.get(url, { agent, headers: { "accept-encoding": "identity" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          contentType: String(res.headers["content-type"] ?? ""),
          bytes: body.length,
          ms: performance.now() - t0,
          body,
        });
      });
      res.on("error", reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs / 1000} s: ${url}`)));
    req.on("error", reject);
  });
}

/** `warmup` untimed then `n` timed sequential requests; returns the times in ms. Throws on a non-2xx answer. */
export async function timeSequential(url: string, n: number, warmup: number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await get(url);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = await get(url);
    if (r.status < 200 || r.status > 299) throw new Error(`${url} answered ${r.status}`);
    times.push(r.ms);
  }
  return times;
}

export function closeConnections(): void {
  agent.destroy();
}

/** False when the path is not routed at all (Next's HTML 404 page); an API's own JSON 404 counts as present. */
export async function routeExists(url: string): Promise<boolean> {
  const r = await get(url);
  return !(r.status === 404 && r.contentType.includes("text/html"));
}
