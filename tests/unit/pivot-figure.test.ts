import { describe, expect, test } from "vitest";
import { buildFacts } from "@/lib/domain/facts";
import { buildPivotQuarters, commitmentName } from "@/lib/domain/pivot-quarters";
import type { CompanySummary } from "@/lib/domain/types";
import { buildCitation, type Citation } from "@/lib/views/citation";
import { buildPivotFigure, tierMix } from "@/lib/views/pivot-figure";
import { contractEvent, obs } from "../support/factories";

const TODAY = "2026-12-01";
const company = (ticker: string): CompanySummary => ({
  ticker,
  name: `${ticker} Corp.`,
  formerNames: "",
  cik: null,
  exchange: "NASDAQ",
  fiscalYearEnd: "12-31",
  website: "https://example.test",
});

function figure(ticker: string, values: ReturnType<typeof obs>[], events: ReturnType<typeof contractEvent>[] = []) {
  const stock = buildFacts(values, { mergeStockPeriods: true });
  const flow = buildFacts(values);
  const citations: Record<string, Citation> = {};
  for (const f of [...stock, ...flow]) citations[f.key] = buildCitation(f);
  const pivot = buildPivotQuarters({
    ticker,
    fiscalYearEnd: "12-31",
    flowFacts: flow,
    stockFacts: stock,
    heldBasis: "as-reported",
    events,
  });
  const fig = buildPivotFigure({
    company: company(ticker),
    color: "#123456",
    pivot,
    citations,
    factByKey: new Map(flow.map((f) => [f.key, f])),
    events,
    today: TODAY,
  });
  return { pivot, fig };
}

describe("the quarterly pivot figure model", () => {
  test("a company with one AI point: the single point is drawn and labelled, both sides present", () => {
    const { pivot, fig } = figure(
      "RIOT",
      [
        obs({ ticker: "RIOT", metric: "btc_held", periodEnd: "2025-09-30", periodType: "quarter", value: 19_287 }),
        obs({ ticker: "RIOT", metric: "btc_held", periodEnd: "2025-12-31", periodType: "quarter", value: 18_005 }),
        obs(
          {
            ticker: "RIOT",
            metric: "ai_hpc_capex_usd",
            periodEnd: "2026-01-16",
            periodType: "instant",
            value: 89_800_000,
            quote: "Retrofit capex of $89.8 million (~$3.6M per MW)",
          },
          { tier: "secondary", date: "2026-01-16" },
        ),
      ],
      [contractEvent({ ticker: "RIOT", date: "2026-01-16", valueUsd: 311e6, mw: 25, counterparty: "AMD" })],
    );
    expect(pivot.quarters.map((q) => q.label)).toEqual(["Q3 2025", "Q4 2025", "Q1 2026"]);
    expect(pivot.hasAiSide).toBe(true);
    expect(fig.rows.at(-1)).toMatchObject({ label: "Q1 2026", commitments: 89_800_000, contracts: 311e6, held: null });
    expect(fig.marks).toEqual([
      { quarter: "Q1 2026", kind: "commitment", label: "Retrofit · $90M" },
      { quarter: "Q1 2026", kind: "contract", label: "AMD · $311M · 25 MW" },
    ]);
    expect(fig.legend.map((l) => l.label)).toEqual([
      "BTC held",
      "Announced contract value to date (right axis)",
      "Dated AI/HPC commitment (right axis)",
      "Dotted line: a dated event, named in its label",
    ]);
    // Self-contained: nothing refers to a list outside the figure; the tier mix is stated.
    expect(`${fig.subtitle} ${fig.caption} ${fig.sourceLine}`).not.toMatch(/below|listed/);
    expect(fig.sourceLine).toMatch(
      /^Sources: 1 filing, 2 company releases, 1 news report; latest dated Jan 16, 2026\./,
    );
    expect(fig.asOf).toMatchObject({ asOf: "2025-12-31", stale: true });
  });

  test("a company with no AI/HPC data says so; nothing is drawn on that side", () => {
    const { pivot, fig } = figure("AAA", [
      obs({ ticker: "AAA", metric: "btc_held", periodEnd: "2025-03-31", periodType: "quarter", value: 100 }),
      obs({ ticker: "AAA", metric: "btc_sold", periodEnd: "2025-03-31", periodType: "quarter", value: 10 }),
    ]);
    expect(pivot.hasAiSide).toBe(false);
    expect(fig.subtitle).toContain("no AI/HPC spending, revenue or contract reported in the sources");
    expect(fig.caption).toBe(
      "From Q1 2025 to Q1 2025, AAA reported no quarterly bitcoin sale proceeds; 10 BTC sold in the 1 quarter with a sales figure (company releases); no quarterly AI/HPC or total capex; and no AI/HPC contract with a stated value. The sources do not say which dollars paid for what.",
    );
  });

  test("a company without holdings shows mined against sold and the share of production sold", () => {
    const q = (metric: "btc_mined" | "btc_sold", end: string, value: number) =>
      obs({ ticker: "CORZ", metric, periodEnd: end, periodType: "quarter", value });
    const { pivot, fig } = figure("CORZ", [
      q("btc_mined", "2024-03-31", 2000),
      q("btc_sold", "2024-03-31", 2100),
      q("btc_mined", "2024-06-30", 1500),
    ]);
    expect(pivot.treasuryMode).toBe("mined-vs-sold");
    expect(fig.rows.map((r) => [r.label, r.mined, r.sold, r.share])).toEqual([
      ["Q1 2024", 2000, 2100, 105],
      // No sales figure for Q2: a gap, not zero, and no share.
      ["Q2 2024", 1500, null, null],
    ]);
    expect(fig.subtitle).toContain(
      "reports no holdings: BTC mined, BTC sold per quarter and the share of production sold",
    );
  });

  test("a quarter nobody reported is a gap row between reported ones, never a zero", () => {
    const { fig } = figure("AAA", [
      obs({ ticker: "AAA", metric: "btc_held", periodEnd: "2024-12-31", periodType: "quarter", value: 1 }),
      obs({ ticker: "AAA", metric: "btc_held", periodEnd: "2025-06-30", periodType: "quarter", value: 2 }),
    ]);
    expect(fig.rows.map((r) => [r.label, r.held])).toEqual([
      ["Q4 2024", 1],
      ["Q1 2025", null],
      ["Q2 2025", 2],
    ]);
  });

  test("proceeds, spending and contracts in the caption: amounts, coverage, tiers, no causal claim", () => {
    const q = (metric: "btc_sale_proceeds_usd" | "capex_usd", end: string, value: number) =>
      obs(
        { ticker: "AAA", metric, periodEnd: end, periodType: "quarter", value },
        { tier: "filing", date: "2025-08-01" },
      );
    const { fig } = figure(
      "AAA",
      [
        q("btc_sale_proceeds_usd", "2025-03-31", 40e6),
        q("capex_usd", "2025-03-31", 100e6),
        q("capex_usd", "2025-06-30", 50e6),
      ],
      [contractEvent({ ticker: "AAA", date: "2025-05-01", valueUsd: 3e9, counterparty: "Fluidstack" })],
    );
    expect(fig.caption).toBe(
      "From Q1 2025 to Q2 2025, AAA reported bitcoin sale proceeds for 1 of 2 quarters, $40M in all (filings); total capex (all purposes, not only AI/HPC) of $150M in 2 quarters (filings); and announced AI/HPC contracts worth $3B in total by Q2 2025 (contract value over multi-year terms, not cash received). 1 quarter has no proceeds figure and is not counted as zero. The sources do not say which dollars paid for what.",
    );
    expect(fig.spendLabel).toBe("Total capex, all purposes (filings)");
  });

  test("tier mix counts documents, not points", () => {
    const s = (url: string, tier: "filing" | "company" | "secondary") => ({
      url,
      kind: "news" as const,
      date: null,
      tier,
    });
    expect(
      tierMix([s("a", "filing"), s("a", "filing"), s("b", "secondary"), s("c", "company"), s("d", "secondary")]),
    ).toBe("1 filing, 1 company release, 2 news reports");
  });

  test.each([
    [
      "Bitcoin miner MARA Holdings is making its largest artificial intelligence push to date with a $168 million deal to acquire a 64% stake in Exaion",
      "Exaion stake",
    ],
    [
      "MARA Holdings agreed to acquire Long Ridge Energy & Power for $1.5 billion, adding a 505 MW gas plant",
      "Long Ridge Energy & Power",
    ],
    [
      "followed by an Aug. 8 deal to purchase 181 acres in Panther Creek, Pennsylvania, for $3.5 million",
      "181 acres, Panther Creek",
    ],
    ["The momentum follows IREN's $674 million purchase of advanced NVIDIA GPUs", "NVIDIA GPUs"],
    ["something else entirely", "AI/HPC spend"],
  ])("commitment labels come from the quote's words: %s", (quote, label) => {
    expect(commitmentName(quote)).toBe(label);
  });
});
