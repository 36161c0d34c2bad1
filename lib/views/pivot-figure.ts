import type { Fact } from "../domain/facts";
import { BASIS_LABELS } from "../domain/holdings-basis";
import { type PivotQuarters, shareSold } from "../domain/pivot-quarters";
import type { SourceTier } from "../domain/source-tiers";
import { type Freshness, freshness } from "../domain/staleness";
import type { ChartEvent, CompanySummary, SourceRef } from "../domain/types";
import { formatDate, formatNumber, formatUsd } from "../format";
import type { Citation } from "./citation";

/** One quarter of the figure, plain numbers only (nulls are gaps); built on the server from the figure model. */
export interface PivotQuarterRow {
  label: string;
  held: number | null;
  /** BTC held on the company's other basis. */
  heldOther: number | null;
  sold: number | null;
  mined: number | null;
  /** Share of the quarter's production sold, in percent. */
  share: number | null;
  proceeds: number | null;
  spend: number | null;
  revenue: number | null;
  contracts: number | null;
  /** Dated purchase commitments announced in the quarter (sum), drawn as a labelled dot. */
  commitments: number | null;
}

export interface PivotQuarterMark {
  quarter: string;
  kind: "commitment" | "contract" | "btc_sale";
  label: string;
}

/** A legend entry for every kind of mark the figure draws. */
export interface LegendEntry {
  label: string;
  color: string;
  shape: "line" | "bar" | "dashed" | "dot" | "marker";
}

/**
 * The one model of a company's quarterly pivot figure: the page's frame and every export (PNG, SVG, CSV, JSON,
 * embed) render from it, so a downloaded figure says exactly what the screen does and nothing outside it.
 */
export interface PivotFigure {
  title: string;
  subtitle: string;
  legend: LegendEntry[];
  rows: PivotQuarterRow[];
  marks: PivotQuarterMark[];
  treasuryMode: PivotQuarters["treasuryMode"];
  heldLabel: string;
  heldOtherLabel: string | null;
  spendLabel: string | null;
  notes: Record<string, string>;
  /** "Sold to fund AI?": cumulative proceeds against spending and contracts, in words generated from the data. */
  caption: string;
  /** Honest tier mix: "Sources: 12 filings, 3 company releases, 5 news reports; latest dated …". */
  sourceLine: string;
  /** The newest quarterly figure drawn and how old it is against today. */
  asOf: Freshness | null;
  from: string | null;
  to: string | null;
}

const TIER_WORDS: Record<SourceTier, [string, string]> = {
  filing: ["filing", "filings"],
  company: ["company release", "company releases"],
  secondary: ["news report", "news reports"],
};

/** "12 filings, 3 company releases, 5 news reports" over distinct documents. */
export function tierMix(sources: readonly SourceRef[]): string {
  const byTier = new Map<SourceTier, Set<string>>();
  for (const s of sources) byTier.set(s.tier, (byTier.get(s.tier) ?? new Set()).add(s.url));
  return (["filing", "company", "secondary"] as const)
    .filter((t) => byTier.get(t)?.size)
    .map((t) => {
      const n = byTier.get(t)!.size;
      return `${n} ${TIER_WORDS[t][n === 1 ? 0 : 1]}`;
    })
    .join(", ");
}

export function buildPivotFigure(input: {
  company: CompanySummary;
  color: string;
  pivot: PivotQuarters;
  citations: Record<string, Citation>;
  factByKey: ReadonlyMap<string, Fact>;
  events: readonly ChartEvent[];
  today: string;
}): PivotFigure {
  const { company, pivot, citations, events, today } = input;
  const q = pivot.quarters;
  const heldLabel =
    pivot.heldBasis && pivot.heldBasis !== "as-reported"
      ? `BTC held (${BASIS_LABELS[pivot.heldBasis].label})`
      : "BTC held";
  const heldOtherLabel = pivot.heldOtherBasis ? `BTC held (${BASIS_LABELS[pivot.heldOtherBasis].label})` : null;
  const notes: Record<string, string> = {};
  const cite = (key: string | undefined) => {
    const c = key ? citations[key] : undefined;
    if (!c) return "";
    if (c.derivation?.inputs.length) return " · derived";
    return ` · ${c.source.kind}${c.source.date ? ` ${c.source.date}` : ""}${c.derivation ? " · derived" : ""}`;
  };
  const rows: PivotQuarterRow[] = q.map((x) => {
    const share = shareSold(x);
    const commitments = x.marks.filter((m) => m.kind === "commitment");
    const note = (series: string, text: string | null) => {
      if (text) notes[`${series}:${x.label}`] = text;
    };
    note("held", x.held ? `${formatNumber(x.held.value)} BTC${cite(x.held.key)}` : null);
    note("heldOther", x.heldOther ? `${formatNumber(x.heldOther.value)} BTC${cite(x.heldOther.key)}` : null);
    note("sold", x.sold ? `${formatNumber(x.sold.value)} BTC${cite(x.sold.key)}` : null);
    note("mined", x.mined ? `${formatNumber(x.mined.value)} BTC${cite(x.mined.key)}` : null);
    note("share", share !== null ? `${formatNumber(share * 100, 0)}% of the quarter's production` : null);
    note("proceeds", x.proceeds ? `${formatUsd(x.proceeds.value)}${cite(x.proceeds.key)}` : null);
    note("spend", x.spend ? `${formatUsd(x.spend.value)}${cite(x.spend.key)}` : null);
    note("revenue", x.hpcRevenue ? `${formatUsd(x.hpcRevenue.value)}${cite(x.hpcRevenue.key)}` : null);
    note(
      "contracts",
      x.contractValueToDate !== null ? `${formatUsd(x.contractValueToDate)} (running total, derived)` : null,
    );
    note("commitments", commitments.length ? commitments.map((m) => m.label).join("; ") : null);
    return {
      label: x.label,
      held: x.held?.value ?? null,
      heldOther: x.heldOther?.value ?? null,
      sold: x.sold?.value ?? null,
      mined: x.mined?.value ?? null,
      share: share !== null ? Math.round(share * 1000) / 10 : null,
      proceeds: x.proceeds?.value ?? null,
      spend: x.spend?.value ?? null,
      revenue: x.hpcRevenue?.value ?? null,
      contracts: x.contractValueToDate,
      commitments: commitments.length ? commitments.reduce((s, m) => s + (m.value ?? 0), 0) : null,
    };
  });
  const marks: PivotQuarterMark[] = q.flatMap((x) =>
    x.marks.map((m) => ({ quarter: x.label, kind: m.kind, label: m.label })),
  );

  const has = (k: keyof PivotQuarterRow) => rows.some((r) => r[k] !== null);
  const legend: LegendEntry[] = [
    ...(pivot.treasuryMode === "held" && has("held")
      ? [{ label: heldLabel, color: input.color, shape: "line" as const }]
      : []),
    ...(heldOtherLabel && has("heldOther")
      ? [{ label: `${heldOtherLabel}, not joined`, color: input.color, shape: "dashed" as const }]
      : []),
    ...(has("mined") ? [{ label: "BTC mined", color: "var(--mark-mined)", shape: "bar" as const }] : []),
    ...(has("sold") ? [{ label: "BTC sold", color: "var(--mark-sale)", shape: "bar" as const }] : []),
    ...(pivot.treasuryMode === "mined-vs-sold" && has("share")
      ? [{ label: "Share of production sold (right axis)", color: "var(--fg)", shape: "dashed" as const }]
      : []),
    ...(has("proceeds") ? [{ label: "BTC sale proceeds", color: "var(--mark-proceeds)", shape: "bar" as const }] : []),
    ...(has("spend") && pivot.spend
      ? [{ label: pivot.spend.label, color: "var(--mark-spend)", shape: "bar" as const }]
      : []),
    ...(has("revenue") ? [{ label: "HPC revenue", color: "var(--mark-revenue)", shape: "bar" as const }] : []),
    ...(has("contracts")
      ? [
          {
            label: "Announced contract value to date (right axis)",
            color: "var(--mark-contract)",
            shape: "dashed" as const,
          },
        ]
      : []),
    ...(has("commitments")
      ? [{ label: "Dated AI/HPC commitment (right axis)", color: "var(--mark-commit)", shape: "dot" as const }]
      : []),
    ...(marks.length
      ? [
          {
            label: "Dotted line: a dated event, named in its label",
            color: "var(--fg-muted)",
            shape: "marker" as const,
          },
        ]
      : []),
  ];

  const drawnKeys = q.flatMap((x) =>
    [x.held, x.heldOther, x.sold, x.mined, x.proceeds, x.spend, x.hpcRevenue]
      .filter((v) => v !== null)
      .map((v) => v!.key),
  );
  const sources: SourceRef[] = [];
  for (const k of drawnKeys) {
    const c = citations[k];
    if (!c) continue;
    if (c.derivation?.inputs.length) sources.push(...c.derivation.inputs.map((i) => i.source));
    else sources.push(c.source);
  }
  for (const x of q)
    for (const m of x.marks) {
      if (m.ref.startsWith("event:")) {
        const e = events.find((ev) => `event:${ev.id}` === m.ref);
        if (e) sources.push(e.source);
      } else if (citations[m.ref]) sources.push(citations[m.ref].source);
    }
  const latestSource = sources
    .map((s) => s.date)
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
  const lastFigure = [...q].reverse().find((x) => x.held ?? x.sold ?? x.mined ?? x.proceeds ?? x.spend ?? x.hpcRevenue);
  const asOf = lastFigure ? freshness(lastFigure.end, today) : null;
  const sourceLine = sources.length
    ? `Sources: ${tierMix(sources)}${latestSource ? `; latest dated ${formatDate(latestSource)}` : ""}. Derived quarters and running totals are marked in the data. MinerPivot.`
    : "No figures reported. MinerPivot.";

  // Name only what is drawn: a subtitle must never describe a series the figure does not have.
  const list = (items: (string | false)[]) => {
    const xs = items.filter((x): x is string => !!x);
    return xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`;
  };
  const treasuryWords = list([
    has("held") && `${heldLabel} at quarter ends`,
    has("mined") && "BTC mined",
    has("sold") && "BTC sold per quarter",
    has("share") && pivot.treasuryMode === "mined-vs-sold" && "the share of production sold",
  ]);
  const dollarWords = list([
    has("proceeds") && "sale proceeds",
    has("spend") && !!pivot.spend && pivot.spend.label.replace(/^Total/, "total"),
    has("revenue") && "HPC revenue",
    has("contracts") && "announced contract value",
    has("commitments") && "dated AI/HPC commitments",
  ]);
  const subtitle = [
    pivot.treasuryMode === "mined-vs-sold"
      ? `${company.name} reports no holdings: ${treasuryWords}${has("sold") ? "" : " (no sales figures reported)"}`
      : treasuryWords || "No bitcoin treasury figures reported",
    dollarWords ? `lower panel: ${dollarWords}` : "no AI/HPC spending, revenue or contract reported in the sources",
    asOf
      ? `newest quarterly figure: ${fiscalLabelOf(q, asOf.asOf)}, ${asOf.label.replace(/^as of [^·]+· /, "")}${asOf.stale ? " (stale)" : ""}`
      : null,
  ]
    .filter(Boolean)
    .join(" · ");

  return {
    title: `${company.name}: bitcoin treasury and AI/HPC, quarter by quarter`,
    subtitle,
    legend,
    rows,
    marks,
    treasuryMode: pivot.treasuryMode,
    heldLabel,
    heldOtherLabel,
    spendLabel: pivot.spend?.label ?? null,
    notes,
    caption: soldToFundCaption(company, pivot, citations),
    sourceLine,
    asOf,
    from: q[0]?.end ?? null,
    to: q.at(-1)?.end ?? null,
  };
}

/**
 * "Sold to fund AI?" in plain words, generated from the quarters drawn: cumulative sale proceeds against
 * cumulative AI/HPC spending and announced contract value over the same quarters, with how many quarters each
 * rests on and their tiers. It states amounts and coverage only: the sources never say which dollars paid for
 * what, so neither does the caption.
 */
export function soldToFundCaption(
  company: CompanySummary,
  pivot: PivotQuarters,
  citations: Record<string, Citation>,
): string {
  const q = pivot.quarters;
  if (!q.length) return `${company.name}: no quarterly figures reported.`;
  const span = `${q[0].label} to ${q.at(-1)!.label}`;
  const sum = (pick: (x: (typeof q)[number]) => { value: number; key: string } | null) => {
    const vals = q.map(pick).filter((v): v is { value: number; key: string } => v !== null);
    const tiers = new Set(
      vals.flatMap((v) => {
        const c = citations[v.key];
        return c?.derivation?.inputs.length ? c.derivation.inputs.map((i) => i.source.tier) : c ? [c.source.tier] : [];
      }),
    );
    const derived = vals.filter((v) => citations[v.key]?.derivation?.inputs.length).length;
    return { total: vals.reduce((s, v) => s + v.value, 0), count: vals.length, tiers, derived };
  };
  const tierText = (t: Set<SourceTier>) =>
    [...t].map((x) => (x === "filing" ? "filings" : x === "company" ? "company releases" : "news")).join(" and ");
  const proceeds = sum((x) => x.proceeds);
  const sold = sum((x) => x.sold);
  const spend = sum((x) => x.spend);
  const revenue = sum((x) => x.hpcRevenue);
  const commitments = q.flatMap((x) => x.marks.filter((m) => m.kind === "commitment"));
  const contracts = q.at(-1)!.contractValueToDate;
  const quarters = (n: number) => `${n} quarter${n === 1 ? "" : "s"}`;
  const derivedNote = (d: number) => (d ? `; ${d} derived from monthly or year-to-date figures` : "");
  const parts: string[] = [];
  parts.push(
    proceeds.count
      ? `From ${span}, ${company.ticker} reported bitcoin sale proceeds for ${proceeds.count} of ${quarters(q.length)}, ${formatUsd(proceeds.total)} in all (${tierText(proceeds.tiers)}${derivedNote(proceeds.derived)})`
      : `From ${span}, ${company.ticker} reported no quarterly bitcoin sale proceeds`,
  );
  if (sold.count)
    parts.push(
      `${formatNumber(sold.total)} BTC sold in the ${quarters(sold.count)} with a sales figure (${tierText(sold.tiers)}${derivedNote(sold.derived)})`,
    );
  // Large sales come from monthly or single-sale figures too, so they are named even without a quarter's total.
  const sales = q.flatMap((x) => x.marks.filter((m) => m.kind === "btc_sale"));
  if (sales.length) parts.push(`large sales marked: ${sales.map((m) => m.label.replace(/^Sold /, "")).join(", ")}`);
  if (pivot.spend)
    parts.push(
      spend.count
        ? `${pivot.spend.metric === "ai_hpc_capex_usd" ? "AI/HPC capex" : "total capex (all purposes, not only AI/HPC)"} of ${formatUsd(spend.total)} in ${quarters(spend.count)} (${tierText(spend.tiers)}${derivedNote(spend.derived)})`
        : "no quarterly capex",
    );
  else parts.push("no quarterly AI/HPC or total capex");
  if (revenue.count) parts.push(`HPC revenue of ${formatUsd(revenue.total)} in ${quarters(revenue.count)}`);
  if (commitments.length)
    parts.push(
      `dated AI/HPC purchase commitments of ${formatUsd(commitments.reduce((s2, m) => s2 + (m.value ?? 0), 0))} (${commitments.length} announced, not quarterly spending)`,
    );
  parts.push(
    contracts !== null
      ? `and announced AI/HPC contracts worth ${formatUsd(contracts)} in total by ${q.at(-1)!.label} (contract value over multi-year terms, not cash received)`
      : "and no AI/HPC contract with a stated value",
  );
  const gaps = q.length - proceeds.count;
  return `${parts.join("; ")}. ${gaps > 0 && proceeds.count ? `${gaps} quarter${gaps === 1 ? " has" : "s have"} no proceeds figure and ${gaps === 1 ? "is" : "are"} not counted as zero. ` : ""}The sources do not say which dollars paid for what.`;
}

function fiscalLabelOf(quarters: readonly { end: string; label: string }[], end: string): string {
  return quarters.find((q) => q.end === end)?.label ?? end;
}
