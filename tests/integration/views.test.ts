import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seedDatabase } from "@/lib/ingest/seed";
import { createMigratedDatabase } from "../support/temp-db";

// The page views read through Prisma; point them at a seeded temporary database before first use.
let db: ReturnType<typeof createMigratedDatabase>;
beforeAll(() => {
  db = createMigratedDatabase();
  process.env.DATABASE_URL = db.url;
  expect(seedDatabase("prisma/data", db.file).ok).toBe(true);
});
afterAll(() => db.cleanup());

describe("page views on the seeded database", () => {
  test("overview has one row per company and cites every figure it shows", async () => {
    const { getOverviewView } = await import("@/lib/views/overview-view");
    const view = await getOverviewView();
    expect(view.rows.map((r) => r.company.ticker).sort()).toEqual([
      "BITF",
      "BTBT",
      "BTDR",
      "CIFR",
      "CLSK",
      "CORZ",
      "HIVE",
      "HUT",
      "IREN",
      "MARA",
      "RIOT",
      "WULF",
    ]);
    for (const r of view.rows) {
      for (const fig of [r.latestHeld, r.peakHeld, r.contractedMw]) {
        for (const f of fig?.facts ?? []) {
          expect(view.citations[f.key].source.url).toMatch(/^https?:\/\//);
          expect(view.citations[f.key].quote.length).toBeGreaterThan(0);
        }
      }
    }
    const iren = view.rows.find((r) => r.company.ticker === "IREN");
    expect(iren?.latestHeld).toBeNull();
    const riot = view.rows.find((r) => r.company.ticker === "RIOT");
    // Latest and peak on one basis: Riot's count includes restricted bitcoin from April 2025.
    expect(riot?.latestHeld).toMatchObject({ value: 18005, date: "2025-12-31" });
    expect(riot?.peakHeld).toMatchObject({ value: 19368, date: "2025-11-30" });
  });

  test("RIOT company view: held series, commitment series, events and a cited table", async () => {
    const { getCompanyView } = await import("@/lib/views/company-view");
    const view = await getCompanyView("RIOT", { cadence: "monthly", events: true, filings: false, periods: "recent" });
    expect(view).not.toBeNull();
    if (!view) return;
    expect(view.heldBasis).toBe("including-restricted");
    expect(view.held.filter((p) => p.value !== null).every((p) => p.date >= "2025-04-01")).toBe(true);
    expect(view.heldOther.map((h) => h.basis)).toEqual(["as-reported"]);
    const before = view.heldOther[0].points.filter((p) => p.value !== null);
    expect(before.length).toBeGreaterThan(15);
    expect(before.every((p) => p.date < "2025-04-01")).toBe(true);
    expect(view.commitments).toContain("hpc_contract_value_usd");
    expect(view.commitment?.points.map((p) => p.value)).toEqual([311_000_000]);
    expect(view.events.map((e) => e.kind)).toEqual(["halving", "btc_sale", "btc_sale", "contract"]);
    for (const f of view.tableFacts) expect(view.citations[f.key]).toBeDefined();
    // MARA's 2024-06-30 holdings: a monthly update and a 10-Q summary disagree; the chart shows one balance
    // with the other as a flagged alternate. (From 2025 MARA counts loaned and pledged bitcoin: the headline
    // series is that basis, and 2024 is the as-reported series beside it.)
    const mara = await getCompanyView("MARA", {
      cadence: "quarterly",
      events: true,
      filings: false,
      periods: "recent",
    });
    expect(mara?.heldBasis).toBe("including-pledged-or-loaned");
    expect(mara?.heldOther.map((h) => h.basis)).toEqual(["as-reported"]);
    const key = mara?.heldOther[0].points.find((p) => p.date === "2024-06-30")?.factKey;
    const citation = key ? mara?.citations[key] : undefined;
    expect(citation?.valueText).toBe("18,536 BTC");
    expect(citation?.alternates.map((a) => a.valueText)).toEqual(["18,488 BTC"]);
    expect(citation?.disagreement).toMatch(/Sources disagree by up to 0\.3%/);
  });

  test("unknown ticker gives null", async () => {
    const { getCompanyView } = await import("@/lib/views/company-view");
    expect(
      await getCompanyView("NOPE", { cadence: "monthly", events: true, filings: false, periods: "recent" }),
    ).toBeNull();
  });
});

describe("cached views follow the data version", () => {
  test("an import in another connection shows in the next view built (views read the database, not a copy)", async () => {
    const fs = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const { importInputs } = await import("@/lib/ingest/import-inputs");
    const { openWriteDatabase } = await import("@/lib/ingest/sqlite");
    const { getOverviewView } = await import("@/lib/views/overview-view");
    const before = await getOverviewView();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mp-")), "observations.csv");
    fs.writeFileSync(
      file,
      'ticker,period_end,period_type,metric,value,unit,source_url,source_kind,source_date,quote\nRIOT,2026-02-28,month,btc_held,19500,BTC,https://example.test/riot-feb-2026,production-update,2026-03-03,"Bitcoin Held 19,500"\n',
    );
    const db = openWriteDatabase(process.env.DATABASE_URL!.replace(/^file:/, ""));
    const [report] = await importInputs(db, [file]);
    db.close();
    expect(report.status).toBe("ok");
    const after = await getOverviewView();
    expect(after.rows.find((r) => r.company.ticker === "RIOT")?.latestHeld).not.toEqual(
      before.rows.find((r) => r.company.ticker === "RIOT")?.latestHeld,
    );
    expect(after.rows.find((r) => r.company.ticker === "RIOT")?.latestHeld).toMatchObject({
      value: 19500,
      date: "2026-02-28",
    });
  });
});

describe("source cards on demand", () => {
  test("a page's citations are its view's, for the page, its embed and the overview; other addresses cite nothing", async () => {
    const { getPageCitations } = await import("@/lib/views/page-citations");
    const { getCompanyView } = await import("@/lib/views/company-view");
    const { getOverviewView } = await import("@/lib/views/overview-view");
    const quarterly = await getCompanyView("RIOT", {
      cadence: "quarterly",
      events: true,
      filings: false,
      periods: "recent",
    });
    expect(await getPageCitations("/companies/RIOT?cadence=quarterly&utm_source=x")).toEqual(quarterly?.citations);
    expect(await getPageCitations("/embed/companies/RIOT?cadence=quarterly&view=dates")).toEqual(quarterly?.citations);
    expect(await getPageCitations("/")).toEqual((await getOverviewView()).citations);
    expect(await getPageCitations("/companies/NOPE")).toBeNull();
    expect(await getPageCitations("/compare")).toBeNull();
  });
});

describe("overview entries computed at import", () => {
  test("the seed stores one entry per company for today, and the overview built from them equals one computed from the rows", async () => {
    const { getOverviewView } = await import("@/lib/views/overview-view");
    const { default: Database } = await import("better-sqlite3");
    const stored = await getOverviewView();
    expect(stored.computedNow).toBe(0);
    expect(stored.rows).toHaveLength(12);
    const sqlite = new Database(db.file);
    const n = (sqlite.prepare("SELECT COUNT(*) AS n FROM CompanyOverview").get() as { n: number }).n;
    sqlite.prepare("DELETE FROM CompanyOverview").run();
    sqlite.close();
    expect(n).toBe(12);
    const live = await getOverviewView();
    expect(live.computedNow).toBe(12);
    expect({ ...live, computedNow: 0 }).toEqual(stored);
    // Re-seeding restores the entries and changes nothing else.
    expect(seedDatabase("prisma/data", db.file).ok).toBe(true);
    expect((await getOverviewView()).computedNow).toBe(0);
  });

  test("an entry from another day is not used: staleness and 12-month windows are measured from today", async () => {
    const { getOverviewView } = await import("@/lib/views/overview-view");
    const saved = process.env.MINERPIVOT_TODAY;
    process.env.MINERPIVOT_TODAY = "2027-06-30";
    try {
      const later = await getOverviewView();
      expect(later.computedNow).toBe(12);
      const riot = (v: typeof later) => v.rows.find((r) => r.company.ticker === "RIOT")?.heldFreshness;
      process.env.MINERPIVOT_TODAY = saved ?? "";
      const now = await getOverviewView();
      expect(now.computedNow).toBe(0);
      expect(riot(later)!.ageMonths).toBeGreaterThan(riot(now)!.ageMonths);
    } finally {
      if (saved === undefined) delete process.env.MINERPIVOT_TODAY;
      else process.env.MINERPIVOT_TODAY = saved;
    }
  });
});

describe("filings only", () => {
  test("the company view keeps only filing-tier figures and events, and says derived quarters cite filings", async () => {
    const { getCompanyView } = await import("@/lib/views/company-view");
    const all = await getCompanyView("BTBT", { cadence: "quarterly", events: true, filings: false, periods: "recent" });
    const only = await getCompanyView("BTBT", { cadence: "quarterly", events: true, filings: true, periods: "recent" });
    expect(all && only).toBeTruthy();
    if (!all || !only) return;
    expect(only.observationCount).toBeLessThan(all.observationCount);
    const tiers = new Set(
      Object.values(only.citations).flatMap((c) =>
        c.derivation?.inputs.length ? c.derivation.inputs.map((i) => i.source.tier) : [c.source.tier],
      ),
    );
    expect([...tiers]).toEqual(["filing"]);
    expect(only.events.every((e) => e.source.tier === "filing")).toBe(true);
    // Bit Digital's filed capex and cloud revenue survive, with the derived quarters.
    expect(only.pivotQuarters.quarters.find((q) => q.end === "2025-06-30")?.spend).toMatchObject({
      value: 82_183_564,
      derived: true,
    });
  });

  test("compare with filings=1 draws only filing-tier points and says so", async () => {
    const { getCompareView } = await import("@/lib/views/compare-view");
    const { DEFAULT_COMPARE_STATE } = await import("@/lib/url/compare-state");
    const view = await getCompareView({ ...DEFAULT_COMPARE_STATE, companies: ["CLSK", "RIOT"], filings: true });
    expect(view.notices).toContain("Filings only: figures from company releases and news are hidden.");
    for (const s of view.series)
      for (const p of s.points)
        if (p.factKey && view.citations[p.factKey]) expect(view.citations[p.factKey].source.tier).toBe("filing");
  });
});

describe("sold to fund AI? for the cohort", () => {
  test("one row per company, each sum with its quarter count, captions that claim no causation", async () => {
    const { getOverviewView } = await import("@/lib/views/overview-view");
    const view = await getOverviewView();
    expect(view.cohort).toHaveLength(12);
    const btbt = view.cohort.find((r) => r.ticker === "BTBT");
    // Bit Digital's filed capex: 9 filed figures give quarters from Q1 2024 to Q3 2025 (derived where needed).
    expect(btbt?.spend).toMatchObject({ label: "Total capex, all purposes (filings)" });
    expect(btbt?.spend?.count).toBeGreaterThanOrEqual(7);
    const mara = view.cohort.find((r) => r.ticker === "MARA");
    // 15,133 BTC in Q1 2026, and a quarter reported as zero (a reported zero counts; a missing quarter does not).
    expect(mara?.sold).toMatchObject({ total: 15_133, count: 2 });
    for (const r of view.cohort) expect(r.caption).toMatch(/The sources do not say which dollars paid for what\.$/);
  });
});
