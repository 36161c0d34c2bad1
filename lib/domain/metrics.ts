/**
 * The metric catalogue: the single list of metrics the product knows. Import validation, pages,
 * charts and the methodology page all read it, so a metric is defined exactly once.
 */
export const UNITS = ["BTC", "USD", "MW", "EH/s"] as const;
export type Unit = (typeof UNITS)[number];

export const PERIOD_TYPES = ["month", "quarter", "ytd", "year", "instant"] as const;
export type PeriodType = (typeof PERIOD_TYPES)[number];

export type MetricGroup = "treasury" | "mining" | "ai_hpc";

export interface MetricDefinition {
  id: string;
  label: string;
  shortLabel: string;
  unit: Unit;
  group: MetricGroup;
  definition: string;
  /** A stock measured at a point in time (holdings) rather than a flow over a period. */
  stock: boolean;
}

export const METRICS = [
  {
    id: "btc_held",
    label: "BTC held",
    shortLabel: "BTC held",
    unit: "BTC",
    group: "treasury",
    stock: true,
    definition:
      "Bitcoin the company reports holding at the period end. Whether pledged, loaned or restricted bitcoin is included differs by company and over time; see each company's caveats.",
  },
  {
    id: "btc_mined",
    label: "BTC mined",
    shortLabel: "Mined",
    unit: "BTC",
    group: "mining",
    stock: false,
    definition:
      "Bitcoin produced by the company's own mining in the period, as the company reports it (some include joint-venture shares or power-sale equivalents).",
  },
  {
    id: "btc_sold",
    label: "BTC sold",
    shortLabel: "Sold",
    unit: "BTC",
    group: "treasury",
    stock: false,
    definition: "Bitcoin sold in the period. A zero is recorded only where the source says no bitcoin was sold.",
  },
  {
    id: "btc_sale_proceeds_usd",
    label: "BTC sale proceeds",
    shortLabel: "Sale proceeds",
    unit: "USD",
    group: "treasury",
    stock: false,
    definition: "US dollars received for bitcoin sold in the period.",
  },
  {
    id: "btc_fair_value_usd",
    label: "Fair value of BTC held",
    shortLabel: "BTC fair value",
    unit: "USD",
    group: "treasury",
    stock: true,
    definition:
      "US-dollar fair value of the bitcoin held at the period end, as the balance sheet or its notes state it (from XBRL filings).",
  },
  {
    id: "capex_usd",
    label: "Capital expenditure",
    shortLabel: "Capex",
    unit: "USD",
    group: "ai_hpc",
    stock: false,
    definition: "Cash paid for property, plant and equipment (all purposes), as the source states it.",
  },
  {
    id: "ai_hpc_capex_usd",
    label: "AI/HPC capital commitments",
    shortLabel: "AI/HPC capex",
    unit: "USD",
    group: "ai_hpc",
    stock: false,
    definition:
      "Spending or purchase commitments the source attributes to AI / HPC data centers or GPUs (for example a GPU purchase agreement), dated at announcement for instant rows.",
  },
  {
    id: "hpc_contracted_mw",
    label: "AI/HPC contracted capacity",
    shortLabel: "Contracted MW",
    unit: "MW",
    group: "ai_hpc",
    stock: true,
    definition:
      "Megawatts of data-center capacity under signed AI/HPC contracts. Some rows state a single contract, others the company's total; the quote says which, and critical-IT versus gross MW differs by source.",
  },
  {
    id: "hpc_contract_value_usd",
    label: "AI/HPC contract value",
    shortLabel: "Contract value",
    unit: "USD",
    group: "ai_hpc",
    stock: false,
    definition:
      "Announced total contract revenue of one signed AI/HPC hosting, lease or cloud contract over its initial term, dated at announcement.",
  },
  {
    id: "hpc_revenue_usd",
    label: "AI/HPC revenue",
    shortLabel: "HPC revenue",
    unit: "USD",
    group: "ai_hpc",
    stock: false,
    definition: "Revenue the company reports from AI cloud, HPC hosting or high-density colocation in the period.",
  },
  {
    id: "hashrate_ehs",
    label: "Hashrate",
    shortLabel: "Hashrate",
    unit: "EH/s",
    group: "mining",
    stock: true,
    definition:
      "Self-mining hashrate at the period end in exahashes per second; energized, deployed, installed or operating as each company defines it.",
  },
] as const satisfies readonly MetricDefinition[];

export type MetricId = (typeof METRICS)[number]["id"];
export const METRIC_IDS = METRICS.map((m) => m.id) as [MetricId, ...MetricId[]];

const byId = new Map<string, MetricDefinition>(METRICS.map((m) => [m.id, m]));

export function getMetric(id: string): MetricDefinition | null {
  return byId.get(id) ?? null;
}

export function isMetricId(id: string): id is MetricId {
  return byId.has(id);
}

/** Metrics that describe AI/HPC commitments, in the order the pivot chart prefers them. */
export const COMMITMENT_METRICS: readonly MetricId[] = [
  "hpc_contract_value_usd",
  "hpc_contracted_mw",
  "ai_hpc_capex_usd",
  "hpc_revenue_usd",
];
