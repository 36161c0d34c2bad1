import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { revalidateSecret, secretMatches } from "@/lib/cache/revalidate-secret";
import { revalidateServerPages } from "@/lib/ingest/revalidate-pages";

/** A stand-in for the running server: records each revalidation call and answers with the given status. */
async function stubServer(status: number) {
  const calls: { method: string; url: string; authorization: string | undefined }[] = [];
  const server = http.createServer((req, res) => {
    calls.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization });
    res.writeHead(status).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/revalidate`;
  return { url, calls, close: () => new Promise((r) => server.close(r)) };
}

const saved = { url: process.env.MINERPIVOT_REVALIDATE_URL, secret: process.env.MINERPIVOT_REVALIDATE_SECRET };
afterEach(() => {
  for (const [k, v] of [
    ["MINERPIVOT_REVALIDATE_URL", saved.url],
    ["MINERPIVOT_REVALIDATE_SECRET", saved.secret],
  ] as const)
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
});

describe("revalidating a running server after an import", () => {
  test("each listed server gets one POST carrying the secret kept next to the database", async () => {
    const dbFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mp-key-")), "x.db");
    delete process.env.MINERPIVOT_REVALIDATE_SECRET;
    const a = await stubServer(200);
    const b = await stubServer(200);
    process.env.MINERPIVOT_REVALIDATE_URL = `${a.url},${b.url}`;
    const lines = await revalidateServerPages(dbFile);
    await Promise.all([a.close(), b.close()]);
    const secret = fs.readFileSync(`${dbFile}-revalidate-key`, "utf8");
    expect(secret.length).toBeGreaterThanOrEqual(32);
    // The key file is private to its owner, and the same key is read back by the server.
    expect(fs.statSync(`${dbFile}-revalidate-key`).mode & 0o077).toBe(0);
    expect(revalidateSecret(dbFile)).toBe(secret);
    for (const s of [a, b])
      expect(s.calls).toEqual([{ method: "POST", url: "/api/revalidate", authorization: `Bearer ${secret}` }]);
    expect(lines).toEqual([`Pages revalidated on ${a.url}.`, `Pages revalidated on ${b.url}.`]);
  });

  test("a refusal or no server at all is reported, never thrown: the import has already succeeded", async () => {
    process.env.MINERPIVOT_REVALIDATE_SECRET = "deployment-secret";
    const refusing = await stubServer(401);
    const gone = await stubServer(200);
    await gone.close();
    process.env.MINERPIVOT_REVALIDATE_URL = `${refusing.url},${gone.url}`;
    const lines = await revalidateServerPages();
    await refusing.close();
    expect(refusing.calls[0].authorization).toBe("Bearer deployment-secret");
    expect(lines[0]).toMatch(/refused the revalidation \(401\)/);
    expect(lines[1]).toBe(`No server answered at ${gone.url}; a server started later renders the new data.`);
  });

  test("MINERPIVOT_REVALIDATE_URL=off (or empty) turns it off", async () => {
    process.env.MINERPIVOT_REVALIDATE_URL = "off";
    expect(await revalidateServerPages()).toEqual([]);
    process.env.MINERPIVOT_REVALIDATE_URL = "";
    expect(await revalidateServerPages()).toEqual([]);
  });

  test("the secret comparison needs the exact secret", () => {
    expect(secretMatches("abc", "abc")).toBe(true);
    expect(secretMatches("abd", "abc")).toBe(false);
    expect(secretMatches("ab", "abc")).toBe(false);
    expect(secretMatches(null, "abc")).toBe(false);
  });
});
