import type { MetricId } from "../../domain/metrics";

/**
 * The reviewable rules that turn XBRL facts (from inline-XBRL filings or SEC companyfacts) into metrics.
 * A fact becomes an observation only when a rule matches its concept, unit class, dimensions and period
 * shape exactly; the first matching rule wins. Everything bitcoin-, crypto-, capex- or HPC-looking that no
 * rule matches is listed in the import report so a person can extend this file.
 */
export type UnitClass = "bitcoin" | "usd";

export interface FactRule {
  id: string;
  /** QName as written in the filing (`us-gaap:CryptoAssetNumberOfUnits`). */
  concept: string;
  unit: UnitClass;
  /** "none": the fact must have no dimensions; otherwise exactly this one axis with a member matching. */
  dims: "none" | { axis: string; member: RegExp };
  period: "instant" | "duration";
  metric: MetricId;
  /** Company override: the rule applies only to this ticker. */
  ticker?: string;
  /** Divides the tagged value, for a company's known mis-scaled tag; `why` must say what was checked. */
  divisor?: number;
  /**
   * A refusal: a company override, placed before the general rule it overrides, for facts that match that
   * rule but are known not to mean its metric. What it matches is listed as unmapped with this rule's id,
   * and the rules after it are never tried. `why` must say which facts it stops and what was checked.
   */
  refuse?: true;
  /** Only facts whose period ends on one of these dates (for a refusal of one known-wrong period). */
  periodEnds?: readonly string[];
  why: string;
}

/**
 * A metric a company's statement gives only as the sum of two or more lines (CleanSpark's cash paid for
 * property and equipment is "payments on miners" plus "purchase of fixed assets", with no total line). The
 * observation is the sum over one period, stored as derived: its quote lists every line and value, and its
 * derivation says how it was computed. Every concept must be present, undimensioned, for the same period.
 */
export interface SumRule {
  id: string;
  ticker: string;
  concepts: readonly string[];
  unit: UnitClass;
  metric: MetricId;
  /** The statement's own line labels, in the order of `concepts`, for the derivation text. */
  labels: readonly string[];
  why: string;
}

const BITCOIN_MEMBER = /(^|:)(BTC|Bitcoins?)Member$/i;
const HPC_REVENUE_MEMBER =
  /(^|:)\w*(HighPerformanceComputing|HPC|AICloud|AiCloud|CloudServices|HighDensityColocation)\w*Member$/;

export const FACT_RULES: readonly FactRule[] = [
  {
    id: "btbt-refuse-undimensioned-crypto-units",
    ticker: "BTBT",
    concept: "us-gaap:CryptoAssetNumberOfUnits",
    unit: "bitcoin",
    dims: "none",
    period: "instant",
    metric: "btc_held",
    refuse: true,
    why: 'Bit Digital tags counts of mining machines with this concept in a BTC unit: its FY2024 10-K\'s only undimensioned bitcoin-unit fact is "wrote off 917 BTC miners and 1 ETH miner" (2022, PP&E note), which btc-units would take for 917 BTC held. None of the four Bit Digital filings tags its bitcoin holdings as a count (their tables state 741.9, 417.6, 280.4 and 6.1 BTC untagged), so nothing real is lost.',
  },
  {
    id: "btc-units",
    concept: "us-gaap:CryptoAssetNumberOfUnits",
    unit: "bitcoin",
    dims: "none",
    period: "instant",
    metric: "btc_held",
    why: "Number of crypto units held, in a bitcoin unit, for the whole entity.",
  },
  {
    id: "btc-units-by-asset",
    concept: "us-gaap:CryptoAssetNumberOfUnits",
    unit: "bitcoin",
    dims: { axis: "srt:CryptoAssetAxis", member: BITCOIN_MEMBER },
    period: "instant",
    metric: "btc_held",
    why: "The same count, broken out on the crypto-asset axis for bitcoin only.",
  },
  {
    id: "clsk-bitcoins-held",
    ticker: "CLSK",
    concept: "clsk:NumberOfBitcoinsHeld",
    unit: "usd",
    dims: "none",
    period: "instant",
    metric: "btc_held",
    divisor: 1000,
    why: "CleanSpark tags its bitcoin count as USD with scale 3 (10,075 BTC appears as $10,075,000); FairValueOfBitcoin / FairValuePerBitcoin in the same note confirms the count (1,079.754M / 107,173 = 10,075).",
  },
  {
    id: "btc-fair-value",
    concept: "us-gaap:CryptoAssetFairValue",
    unit: "usd",
    dims: { axis: "srt:CryptoAssetAxis", member: BITCOIN_MEMBER },
    period: "instant",
    metric: "btc_fair_value_usd",
    why: "Fair value of crypto assets, restricted to bitcoin by the crypto-asset axis.",
  },
  {
    id: "btbt-refuse-2023-carrying-amount",
    ticker: "BTBT",
    concept: "us-gaap:CryptoAssetFairValueCurrent",
    unit: "usd",
    dims: { axis: "srt:CryptoAssetAxis", member: BITCOIN_MEMBER },
    period: "instant",
    metric: "btc_fair_value_usd",
    periodEnds: ["2023-12-31"],
    refuse: true,
    why: "Bit Digital's FY2024 10-K tags its bitcoin at 2023-12-31 (19,818,980) as fair value, but that is the carrying amount (cost less impairment) before it adopted fair-value accounting (ASU 2023-08) on 2024-01-01; the fair value then was about 27.2M.",
  },
  {
    id: "btc-fair-value-current",
    concept: "us-gaap:CryptoAssetFairValueCurrent",
    unit: "usd",
    dims: { axis: "srt:CryptoAssetAxis", member: BITCOIN_MEMBER },
    period: "instant",
    metric: "btc_fair_value_usd",
    why: "Current crypto assets at fair value, bitcoin only (used when the filer has no non-current bitcoin).",
  },
  {
    id: "clsk-fair-value-of-bitcoin",
    ticker: "CLSK",
    concept: "clsk:FairValueOfBitcoin",
    unit: "usd",
    dims: "none",
    period: "instant",
    metric: "btc_fair_value_usd",
    why: "CleanSpark's own concept for the fair value of all bitcoin held (current plus long-term reserve).",
  },
  {
    id: "capex-ppe",
    concept: "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment",
    unit: "usd",
    dims: "none",
    period: "duration",
    metric: "capex_usd",
    why: 'Cash paid for property, plant and equipment (cash-flow statement). Bit Digital\'s investing section has this as its only PP&E line, "Purchases of and deposits made for property, plant and equipment" (94,002,806 for 2024; 64,961,231 / 147,144,795 / 164,018,096 for Q1 / H1 / 9M 2025).',
  },
  // No single-concept rule maps us-gaap:PaymentsToAcquireMiningAssets or PaymentsToAcquireProductiveAssets to
  // capex_usd: in the filings reviewed each tags one of two PP&E lines, never the total, so alone it would state
  // part of the spending as all of it (and a different part in different filings). Where a company's lines
  // are known, SUM_RULES below adds them into one derived total; elsewhere they stay on the review list.
  {
    id: "btc-sale-proceeds",
    concept: "us-gaap:ProceedsFromSaleOfCryptoAsset",
    unit: "usd",
    dims: "none",
    period: "duration",
    metric: "btc_sale_proceeds_usd",
    why: "Proceeds from selling crypto assets; miners that hold only bitcoin tag their bitcoin sales here.",
  },
  {
    id: "clsk-bitcoin-sale-proceeds",
    ticker: "CLSK",
    concept: "clsk:ProceedsFromSaleOfBitcoin",
    unit: "usd",
    dims: "none",
    period: "duration",
    metric: "btc_sale_proceeds_usd",
    why: "CleanSpark's own cash-flow concept for bitcoin sales.",
  },
  ...["us-gaap:Revenues", "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"].flatMap((concept) =>
    ["srt:ProductOrServiceAxis", "us-gaap:StatementBusinessSegmentsAxis"].map(
      (axis): FactRule => ({
        id: `hpc-revenue:${concept.split(":")[1]}:${axis.split(":")[1]}`,
        concept,
        unit: "usd",
        dims: { axis, member: HPC_REVENUE_MEMBER },
        period: "duration",
        metric: "hpc_revenue_usd",
        why: "Revenue of an HPC, AI-cloud or high-density colocation product line or segment.",
      }),
    ),
  ),
];

export const SUM_RULES: readonly SumRule[] = [
  {
    id: "clsk-sale-proceeds-both-sections",
    ticker: "CLSK",
    concepts: ["clsk:ProceedsFromSaleOfBitcoin", "clsk:ProceedsFromSaleOfDigitalCurrencies"],
    labels: [
      "Proceeds from sale of bitcoin (investing activities)",
      "Proceeds from sale of bitcoin (operating activities)",
    ],
    unit: "usd",
    metric: "btc_sale_proceeds_usd",
    why: "Before adopting ASC 350-60 (2023-10-01) CleanSpark reported bitcoin sales in operating activities, after it in investing activities; the 10-Q for 2024-03-31 shows both lines for both periods (43,103k + — for six months to 2024-03-31; — + 76,203k for six months to 2023-03-31). The investing line alone would state the 2023 half-year's sales as zero. Filings with only one line use clsk-bitcoin-sale-proceeds.",
  },
  {
    id: "clsk-capex-miners-plus-fixed-assets",
    ticker: "CLSK",
    concepts: ["us-gaap:PaymentsToAcquireMiningAssets", "us-gaap:PaymentsToAcquireOtherProductiveAssets"],
    labels: ["Payments on miners and mining equipment (including deposits)", "Purchase of fixed assets"],
    unit: "usd",
    metric: "capex_usd",
    why: "CleanSpark's investing section (10-Qs for 2024-12-31 and 2025-06-30) has these two PP&E lines and no total: miners 382,285k + fixed assets 133,986k for the nine months to 2025-06-30; 222,028k + 57,359k for the quarter to 2024-12-31. Software (PaymentsForSoftware) is not property and equipment and is left out.",
  },
  {
    id: "clsk-capex-miners-plus-fixed-assets-2024",
    ticker: "CLSK",
    concepts: ["clsk:IncreaseDecreaseInDepositsOtherAssets", "us-gaap:PaymentsToAcquireProductiveAssets"],
    labels: ["Payments on miners (including deposits)", "Purchase of fixed assets"],
    unit: "usd",
    metric: "capex_usd",
    why: "The 10-Q for 2024-03-31 tags the same two lines differently: 'Payments on miners (including deposits)' (208,850k for the six months) on a company deposits concept, checked against the statement's line label, and 'Purchase of fixed assets' (42,986k) as PaymentsToAcquireProductiveAssets.",
  },
];

/** Concepts, units or members that look relevant; unmatched facts like these go to the report. */
export const WORTH_REVIEWING =
  /bitcoin|btc|crypto|digitalasset|digitalcurrenc|capex|capitalexpenditure|paymentstoacquire|hpc|highperformance|aicloud|gpu|datacenter|colocation/i;
