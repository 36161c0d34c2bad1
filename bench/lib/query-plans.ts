/**
 * The SQL the app really runs: calls the functions in lib/db/*.ts against a logging Prisma client (Prisma's
 * query event) and returns each distinct statement with its parameters, so EXPLAIN QUERY PLAN can be run on it.
 * lib/db modules import "server-only", which throws outside React Server Components; a module hook resolves it to
 * an empty module for this process only.
 */
import { register } from "node:module";
import type Database from "better-sqlite3";

export interface CapturedQuery {
  /** Which app function issued it. */
  origin: string;
  sql: string;
  params: unknown[];
}

const HOOK = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return next(specifier, context);
}`;

/** Runs the app's read queries (ticker = a company in `databaseUrl`) and records the SQL Prisma sends. */
export async function captureAppQueries(databaseUrl: string, ticker: string): Promise<CapturedQuery[]> {
  register(`data:text/javascript,${encodeURIComponent(HOOK)}`);
  const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
  const { PrismaClient } = await import("../../lib/generated/prisma/client");
  const prisma = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: databaseUrl }),
    log: [{ emit: "event", level: "query" }],
  });
  const captured: CapturedQuery[] = [];
  let origin = "";
  prisma.$on("query", (e) => captured.push({ origin, sql: e.query, params: JSON.parse(e.params) as unknown[] }));
  (globalThis as unknown as { prisma?: unknown }).prisma = prisma; // lib/db/client.ts reuses globalThis.prisma

  const companies = await import("../../lib/db/companies");
  const observations = await import("../../lib/db/observations");
  const events = await import("../../lib/db/events");
  const calls: [string, () => Promise<unknown>][] = [
    ["getCompanies()", () => companies.getCompanies()],
    [`getCompany("${ticker}")`, () => companies.getCompany(ticker)],
    [`getSourcedValues("${ticker}")`, () => observations.getSourcedValues(ticker)],
    ["getSourcedValues() [overview: all]", () => observations.getSourcedValues()],
    [`getEvents("${ticker}")`, () => events.getEvents(ticker)],
    ["getEvents() [overview: all]", () => events.getEvents()],
    [`getCompanyNotes("${ticker}")`, () => companies.getCompanyNotes(ticker)],
    [`getRevisions("${ticker}")`, () => observations.getRevisions(ticker)],
  ];
  for (const [name, call] of calls) {
    origin = name;
    await call();
  }
  await prisma.$disconnect();
  return captured;
}

/** Long "IN (?,?,?…)" lists shortened for printing. */
export function shortenSql(sql: string): string {
  return sql
    .replace(/\(\?(?:,\?)+\)/g, (m) => `(?…×${(m.length - 1) / 2})`)
    .replace(/`main`\./g, "")
    .replace(/`/g, "");
}

/** EXPLAIN QUERY PLAN as an indented tree. */
export function explain(db: Database.Database, q: CapturedQuery): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.params as unknown[])) as {
    id: number;
    parent: number;
    detail: string;
  }[];
  const depth = new Map<number, number>([[0, 0]]);
  return rows.map((r) => {
    const d = (depth.get(r.parent) ?? 0) + 1;
    depth.set(r.id, d);
    return `${"  ".repeat(d)}${r.detail}`;
  });
}
