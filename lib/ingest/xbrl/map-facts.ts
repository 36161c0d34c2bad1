import type { MetricId, PeriodType } from "../../domain/metrics";
import { getMetric } from "../../domain/metrics";
import { isQuarterEnd } from "../../domain/periods";
import { FACT_RULES, type FactRule, SUM_RULES, type SumRule, type UnitClass, WORTH_REVIEWING } from "./mapping-rules";

/** A numeric XBRL fact, from an inline-XBRL document or SEC companyfacts, before mapping. */
export interface XbrlFact {
  concept: string;
  value: number | null;
  /** Measure QName (`iso4217:USD`, `clsk:Bitcoin`) or companyfacts unit key (`USD`, `Bitcoin`). */
  unit: string | null;
  start: string | null;
  end: string | null;
  instant: string | null;
  dims: Record<string, string>;
}

export interface MappedFact {
  metric: MetricId;
  periodEnd: string;
  periodType: PeriodType;
  value: number;
  ruleId: string;
  fact: XbrlFact;
  /** A sum rule's result: the facts added, and the derivation to store with the observation. */
  parts?: XbrlFact[];
  derivation?: string;
}

export interface UnmappedFact {
  fact: XbrlFact;
  reason: string;
}

/** Why a rule does not apply, or null when it does. */
function mismatch(rule: FactRule, f: XbrlFact, ticker: string): string | null {
  if (rule.concept !== f.concept) return "concept";
  if (rule.ticker && rule.ticker !== ticker) return "company";
  if (unitClass(f.unit) !== rule.unit) return `unit ${f.unit ?? "(none)"} is not ${rule.unit}`;
  const axes = Object.keys(f.dims);
  if (
    rule.dims === "none" ? axes.length > 0 : axes.length !== 1 || !rule.dims.member.test(f.dims[rule.dims.axis] ?? "")
  ) {
    return `dimensions ${axes.map((a) => `${a}=${f.dims[a]}`).join(", ") || "(none)"} do not match`;
  }
  if ((rule.period === "instant") !== (f.instant !== null)) return `period is not ${rule.period}`;
  if (rule.periodEnds && !rule.periodEnds.includes(f.instant ?? f.end ?? "")) return "period end";
  return null;
}

export function unitClass(unit: string | null): UnitClass | null {
  const local = unit?.split(":").at(-1) ?? "";
  if (/^(bitcoins?|btc)$/i.test(local)) return "bitcoin";
  if (local === "USD") return "usd";
  return null;
}

const DAY = 86_400_000;

/**
 * Period type of a duration: a calendar month, a quarter, a year, or year-to-date from the company's fiscal
 * year start. Anything else (a 4-month stub, a one-day period) is not guessed at.
 */
export function durationPeriodType(start: string, end: string, fiscalYearEnd: string): PeriodType | null {
  const days = Math.round((Date.parse(end) - Date.parse(start)) / DAY) + 1;
  if (days >= 28 && days <= 31) return "month";
  if (days >= 89 && days <= 92) return "quarter";
  if (days >= 364 && days <= 366) return "year";
  const fyStart = new Date(Date.parse(`2001-${fiscalYearEnd}`) + DAY).toISOString().slice(5, 10);
  if (start.slice(5) === fyStart && days > 92 && days < 364) return "ytd";
  return null;
}

export function instantPeriodType(date: string): PeriodType {
  return isQuarterEnd(date) ? "quarter" : "instant";
}

/**
 * SUM_RULES for one company: per duration, when every concept of a rule is tagged exactly once without
 * dimensions, one derived fact with their sum. The facts used are returned so they are not also reported.
 */
function applySumRules(facts: readonly XbrlFact[], ticker: string, fiscalYearEnd: string) {
  const mapped: MappedFact[] = [];
  const used = new Set<XbrlFact>();
  for (const rule of SUM_RULES.filter((r: SumRule) => r.ticker === ticker)) {
    const byPeriod = new Map<string, XbrlFact[]>();
    for (const f of facts) {
      if (!rule.concepts.includes(f.concept) || f.instant || Object.keys(f.dims).length > 0) continue;
      if (unitClass(f.unit) !== rule.unit || f.value === null || !Number.isFinite(f.value)) continue;
      const k = `${f.start}..${f.end}`;
      byPeriod.set(k, [...(byPeriod.get(k) ?? []), f]);
    }
    for (const parts of byPeriod.values()) {
      const ordered = rule.concepts.map((c) => parts.filter((p) => p.concept === c));
      if (ordered.some((o) => o.length !== 1)) continue;
      const lines = ordered.map((o) => o[0]);
      const first = lines[0];
      const periodType = durationPeriodType(first.start ?? "", first.end ?? "", fiscalYearEnd);
      if (!periodType || !first.end) continue;
      const value = lines.reduce((s, p) => s + (p.value ?? 0), 0);
      for (const p of lines) used.add(p);
      mapped.push({
        metric: rule.metric,
        periodEnd: first.end,
        periodType,
        value,
        ruleId: rule.id,
        fact: { ...first, concept: rule.concepts.join(" + "), value },
        parts: lines,
        derivation: `sum of the statement's lines ${rule.labels.map((l, i) => `"${l}" (${lines[i].value})`).join(" + ")}`,
      });
    }
  }
  return { mapped, used };
}

/** Applies FACT_RULES and SUM_RULES; returns what mapped and the relevant-looking facts that did not. */
export function mapFacts(facts: readonly XbrlFact[], ticker: string, fiscalYearEnd: string) {
  const sums = applySumRules(facts, ticker, fiscalYearEnd);
  const mapped: MappedFact[] = [...sums.mapped];
  const unmapped: UnmappedFact[] = [];
  for (const f of facts) {
    if (sums.used.has(f)) continue;
    const candidates = FACT_RULES.filter((r) => r.concept === f.concept);
    const rule = candidates.find((r) => mismatch(r, f, ticker) === null);
    const relevant =
      candidates.length > 0 || WORTH_REVIEWING.test(`${f.concept} ${f.unit} ${Object.values(f.dims).join(" ")}`);
    if (rule?.refuse) {
      unmapped.push({ fact: f, reason: `${rule.id}: refused by a company override` });
      continue;
    }
    if (!rule) {
      if (relevant) {
        // A refusal that does not apply says nothing about why the fact is unmapped.
        const reasons = candidates
          .filter((r) => !r.refuse)
          .map((r) => `${r.id}: ${mismatch(r, f, ticker)}`)
          .filter((r) => !r.endsWith(": company"));
        unmapped.push({ fact: f, reason: reasons.length ? reasons.join("; ") : "no rule for this concept" });
      }
      continue;
    }
    if (f.value === null || !Number.isFinite(f.value)) {
      unmapped.push({ fact: f, reason: `${rule.id}: value is nil` });
      continue;
    }
    const periodEnd = f.instant ?? f.end;
    const periodType = f.instant
      ? instantPeriodType(f.instant)
      : durationPeriodType(f.start ?? "", f.end ?? "", fiscalYearEnd);
    if (!periodEnd || !periodType) {
      unmapped.push({
        fact: f,
        reason: `${rule.id}: period ${f.start}..${f.end} is not a month, quarter, year or fiscal year to date`,
      });
      continue;
    }
    const value = rule.divisor ? f.value / rule.divisor : f.value;
    if (value < 0 && getMetric(rule.metric)?.unit !== undefined) {
      unmapped.push({ fact: f, reason: `${rule.id}: negative value ${value} for ${rule.metric}` });
      continue;
    }
    mapped.push({ metric: rule.metric, periodEnd, periodType, value, ruleId: rule.id, fact: f });
  }
  return { mapped, unmapped };
}

/**
 * The words an XBRL observation cites: concept, value as tagged, unit, period, dimensions. A sum names every
 * concept and value ("XBRL a + b = 1 + 2 = 3 iso4217:USD …"), so the quote alone shows how it was computed.
 */
export function xbrlQuote(f: XbrlFact, parts?: readonly XbrlFact[]): string {
  const period = f.instant ? `at ${f.instant}` : `${f.start} to ${f.end}`;
  const dims = Object.entries(f.dims)
    .map(([a, m]) => `${a}=${m}`)
    .join(", ");
  const value = parts?.length ? `${parts.map((p) => p.value).join(" + ")} = ${f.value}` : `${f.value}`;
  return `XBRL ${f.concept} = ${value} ${f.unit ?? ""} ${period}${dims ? ` [${dims}]` : ""}`
    .replace(/\s+/g, " ")
    .trim();
}
