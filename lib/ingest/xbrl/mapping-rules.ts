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
  why: string;
}

const BITCOIN_MEMBER = /(^|:)(BTC|Bitcoins?)Member$/i;
const HPC_REVENUE_MEMBER =
  /(^|:)\w*(HighPerformanceComputing|HPC|AICloud|AiCloud|CloudServices|HighDensityColocation)\w*Member$/;

export const FACT_RULES: readonly FactRule[] = [
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
    why: "Cash paid for property, plant and equipment (cash-flow statement).",
  },
  {
    id: "capex-mining-assets",
    concept: "us-gaap:PaymentsToAcquireMiningAssets",
    unit: "usd",
    dims: "none",
    period: "duration",
    metric: "capex_usd",
    why: "Cash paid for mining assets, the miners' variant of the PP&E line.",
  },
  {
    id: "capex-productive-assets",
    concept: "us-gaap:PaymentsToAcquireProductiveAssets",
    unit: "usd",
    dims: "none",
    period: "duration",
    metric: "capex_usd",
    why: "Cash paid for productive assets, used instead of the PP&E line by some filers.",
  },
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

/** Concepts, units or members that look relevant; unmatched facts like these go to the report. */
export const WORTH_REVIEWING =
  /bitcoin|btc|crypto|digitalasset|capex|capitalexpenditure|paymentstoacquire|hpc|highperformance|aicloud|gpu|datacenter|colocation/i;
