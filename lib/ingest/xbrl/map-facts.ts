import type { MetricId, PeriodType } from "../../domain/metrics";
import { getMetric } from "../../domain/metrics";
import { isQuarterEnd } from "../../domain/periods";
import { FACT_RULES, type FactRule, type UnitClass, WORTH_REVIEWING } from "./mapping-rules";

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

/** Applies FACT_RULES to every fact; returns what mapped and the relevant-looking facts that did not. */
export function mapFacts(facts: readonly XbrlFact[], ticker: string, fiscalYearEnd: string) {
  const mapped: MappedFact[] = [];
  const unmapped: UnmappedFact[] = [];
  for (const f of facts) {
    const candidates = FACT_RULES.filter((r) => r.concept === f.concept);
    const rule = candidates.find((r) => mismatch(r, f, ticker) === null);
    const relevant =
      candidates.length > 0 || WORTH_REVIEWING.test(`${f.concept} ${f.unit} ${Object.values(f.dims).join(" ")}`);
    if (!rule) {
      if (relevant) {
        const reasons = candidates
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

/** The words an XBRL observation cites: concept, value as tagged, unit, period, dimensions. */
export function xbrlQuote(f: XbrlFact): string {
  const period = f.instant ? `at ${f.instant}` : `${f.start} to ${f.end}`;
  const dims = Object.entries(f.dims)
    .map(([a, m]) => `${a}=${m}`)
    .join(", ");
  return `XBRL ${f.concept} = ${f.value} ${f.unit ?? ""} ${period}${dims ? ` [${dims}]` : ""}`
    .replace(/\s+/g, " ")
    .trim();
}
