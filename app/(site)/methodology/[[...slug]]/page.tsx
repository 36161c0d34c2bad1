import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TierBadge } from "@/components/ui/TierBadge";
import { getCompanies } from "@/lib/db/companies";
import { LARGE_SALE_BTC } from "@/lib/domain/contract-events";
import { DERIVABLE_METRICS } from "@/lib/domain/derived-quarters";
import { BASIS_LABELS, BASIS_RULES, HOLDINGS_BASES } from "@/lib/domain/holdings-basis";
import { getMetric, METRICS } from "@/lib/domain/metrics";
import { MAX_BRIDGED_MONTHS } from "@/lib/domain/series";
import { SOURCE_KINDS, tierOfKind } from "@/lib/domain/source-tiers";

export const metadata: Metadata = { title: "Methodology" };

// Lists the tracked companies, so it is rendered on first request and kept until the data changes, like the
// company page (see app/(site)/companies/[ticker]/[[...view]]). The optional segment exists only so that nothing
// is rendered at build time, when there may be no database; any sub-path is a 404.
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export default async function MethodologyPage({ params }: { params: Promise<{ slug?: string[] }> }) {
  if ((await params).slug?.length) notFound();
  const companies = await getCompanies();
  return (
    <>
      <h1>Methodology</h1>
      <p className="lede">
        Where the numbers come from, how MinerPivot chooses between sources that disagree, and what the figures do and
        do not mean.
      </p>

      <h2 id="metrics">Metrics</h2>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Unit</th>
              <th scope="col">Definition</th>
            </tr>
          </thead>
          <tbody>
            {METRICS.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  {m.label}
                  <br />
                  <code className="muted small">{m.id}</code>
                </th>
                <td>{m.unit}</td>
                <td>
                  {m.definition}
                  {m.stock ? " Measured at a date (a balance)." : " Measured over a period (a flow)."}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="sources">Sources and tiers</h2>
      <p>
        Every stored number carries its document URL, form or kind, publication date when stated, and the words quoted
        from it.
      </p>
      <ul className="notes-list">
        {(["filing", "company", "secondary"] as const).map((tier) => (
          <li key={tier}>
            <TierBadge tier={tier} />: {SOURCE_KINDS.filter((k) => tierOfKind(k) === tier).join(", ")}
            {tier === "secondary"
              ? " — third parties quoting the company, including machine-written summaries; lower confidence."
              : ""}
          </li>
        ))}
      </ul>

      <h2 id="displayed-value">Which value is displayed</h2>
      <p>
        When several sources state the same fact (company, metric, period end and period type), one value is displayed:
      </p>
      <ol className="notes-list">
        <li>a more trusted tier wins: an SEC filing beats the company&apos;s own release, which beats news;</li>
        <li>
          within a tier, the later-dated source wins, so a restatement in a later filing replaces the earlier figure; an
          undated source ranks after dated ones;
        </li>
        <li>otherwise the source recorded first wins, so the choice never flips between imports.</li>
      </ol>
      <p>
        The other sources stay visible as alternates beside the number, and a disagreement is flagged with its size (a *
        after a number in tables). Balances (BTC held, hashrate, contracted MW) stated at the same date by a monthly
        update and a quarterly report are treated as one balance for charts; flows (mined, sold, revenue) for a month, a
        quarter, a year to date or a year are separate facts and are never summed or differenced into one another.
      </p>

      <h2 id="basis">Holdings basis: what a BTC count includes</h2>
      <p>
        Companies, and different documents of one company, count bitcoin differently: a 10-K count may leave out bitcoin
        posted as collateral that the monthly update&apos;s &quot;total holdings&quot; include. Every BTC-held figure
        records its basis, and figures of different basis are never joined into one line, one peak or one &quot;% from
        peak&quot;: a company with two bases gets two series (the other one dotted), and its latest figure, peak and
        change from peak all use the basis of its latest figure. The basis shows on the figure&apos;s source card.
      </p>
      <ul className="notes-list">
        {HOLDINGS_BASES.map((b) => (
          <li key={b}>
            <strong>{BASIS_LABELS[b].label}</strong> (<code>{b}</code>): {BASIS_LABELS[b].definition}
          </li>
        ))}
      </ul>
      <p>Where a basis other than &quot;as reported&quot; is recorded, and why:</p>
      <ul className="notes-list">
        {BASIS_RULES.map((r) => (
          <li key={r.id}>
            <strong>{r.ticker}</strong>
            {r.from ? ` from ${r.from}` : ""}
            {r.kinds ? ` (${r.kinds.join(", ")})` : ""}: {BASIS_LABELS[r.basis].label}. {r.why}
          </li>
        ))}
      </ul>

      <h2 id="filings">Figures read from SEC filings</h2>
      <p>
        Real 10-Q and 10-K filings are read from their inline XBRL: each tagged fact becomes a figure only when an
        explicit, reviewable rule maps its concept, unit, dimensions and period to a metric; the figure quotes the XBRL
        fact (concept, value, unit, period, dimensions) and cites the filing&apos;s EDGAR document, form and date. EDGAR
        accepts filings with a sloppy fact here and there, so one bad fact never costs the rest of the filing: a number
        with stray trailing punctuation (&quot;1,503,&quot;) or an English zero word (&quot;nil&quot;) is read and
        reported as a warning; a fact that still cannot be read is skipped with a warning. Where a statement gives a
        figure only as lines without a total (CleanSpark&apos;s capex is &quot;payments on miners&quot; plus
        &quot;purchase of fixed assets&quot;), the figure is their sum, marked <em>derived</em> with both lines quoted.
      </p>

      <h2 id="derived">Derived figures</h2>
      <ul className="notes-list">
        <li>
          <strong>Derived quarters</strong> ({DERIVABLE_METRICS.map((m) => getMetric(m)?.label ?? m).join(", ")}): many
          flows are filed only as fiscal year-to-date or annual figures. A missing quarter is the difference of two
          filed figures of the same fiscal year, metric and definition (same XBRL concept, or both quoted from filing
          text): Q2 = H1 − Q1, Q3 = 9M − H1, Q4 = FY − 9M, following each company&apos;s fiscal year (CleanSpark&apos;s
          ends in September, IREN&apos;s in June, HIVE&apos;s in March). Never across fiscal years, never from news or
          release figures (whose &quot;year to date&quot; may be calendar), never when the difference is negative, and
          never in place of a reported quarter. Otherwise, a quarter is the sum of its three months only when all three
          are reported. Each derived quarter is marked <em>derived</em> and cites both (or all three) inputs — on the
          page, in the API&apos;s and CSV&apos;s <code>derivation</code> column, and in exports.
        </li>
        <li>
          <strong>Announced AI/HPC contract value (running total)</strong>: the sum of the announced value of each
          signed contract MinerPivot lists for the company, each cited. Contracts whose value was not stated add
          nothing; joint-venture contracts count at the value the source gives.
        </li>
        <li>
          <strong>BTC sold, last 12 months</strong>: the latest 12 months the company reports, as 12 consecutive
          reported months or 4 consecutive quarters (reported or derived), never a mix and never with a gap; the exact
          period and its as-of date are shown. Where those months are not all reported the figure is a dash, with the
          missing periods named, and sorting places it last.
        </li>
        <li>
          <strong>Staleness</strong>: every &quot;latest&quot; figure shows its as-of date and age against today; one
          more than six months old is marked <em>stale</em>.
        </li>
        <li>
          <strong>Change from peak</strong>: latest displayed BTC held against the largest displayed BTC held.
        </li>
        <li>
          <strong>Contracted MW</strong>: the largest figure reported. Sources mix single contracts with company totals
          and critical-IT with gross MW; the quote says which.
        </li>
      </ul>

      <h2 id="quarters">The quarterly pivot and &quot;Sold to fund AI?&quot;</h2>
      <ul className="notes-list">
        <li>
          Each company page draws both sides of the pivot on one axis of the company&apos;s fiscal quarters: BTC held at
          quarter ends (one basis; another basis dotted, never joined), BTC mined and sold per quarter, and below, in
          dollars, sale proceeds, AI/HPC capex where the source attributes it (else total capex from filings, labelled
          as all-purpose), HPC revenue, the running total of announced contract value and dated purchase commitments.
          Quarters are reported or derived (see above); a quarter nobody reported is a gap.
        </li>
        <li>
          Contracts, commitments and large sales are labelled inside the figure with words taken from their sources
          (counterparty, asset or site, amount, MW; a sale names its own period), so an exported figure needs no key.
        </li>
        <li>
          &quot;Sold to fund AI?&quot; puts cumulative sale proceeds next to cumulative AI/HPC (or total) spending and
          announced contract value over the same quarters, with how many quarters each sum rests on, their tiers and how
          many are derived. It states amounts and coverage only: no source says which dollars paid for what, and
          contract value is spread over multi-year terms, not cash received. The overview&apos;s cohort table gives the
          same sums per miner and never adds companies covering different quarters.
        </li>
        <li>
          <strong>Filings only</strong> (company pages and compare) hides every figure and event not cited to an SEC
          filing.
        </li>
      </ul>

      <h2 id="lenses">Lenses, ranges and the USD view (compare)</h2>
      <ul className="notes-list">
        <li>
          <strong>% of own peak</strong>: each value over the largest value the company reports for that metric (its
          whole history, not only the range shown).
        </li>
        <li>
          <strong>Indexed = 100</strong>: each value over the company&apos;s reported value at the index date, or the
          first reported value after it; the chart says which date each company is indexed to.
        </li>
        <li>
          <strong>Change per period</strong>: the difference from the previous reported value only when that value is
          exactly one month (or one quarter) earlier; a change never spans an unreported period.
        </li>
        <li>
          <strong>Quarterly flows</strong>: reported quarters, plus derived quarters (see above), each marked{" "}
          <em>derived</em>. A reported quarter is never replaced.
        </li>
        <li>
          <strong>Ranges</strong>: 1Y and 2Y count back from today; a company whose figures stop earlier shows the gap.
        </li>
        <li>
          <strong>USD view</strong>: BTC held × the cited BTC month-end close of the same date. A date without a cited
          price is a gap; prices are never taken from a nearby date or interpolated.
        </li>
        <li>
          <strong>Pivot trajectory</strong>: one point per reported BTC-held date, at the running total of contracts
          announced by that date (zero before the first contract in MinerPivot&apos;s list).
        </li>
      </ul>

      <h2 id="gaps">Gaps</h2>
      <p>
        Nothing is interpolated or filled. A line joins two reported values at most {MAX_BRIDGED_MONTHS} months apart; a
        longer silence is drawn as a break, and every reported value is drawn as a dot. Companies that sell what they
        mine (Core Scientific, IREN, TeraWulf) report no holdings: their BTC held is shown as not reported, never as
        zero.
      </p>

      <h2 id="events">Events on charts</h2>
      <ul className="notes-list">
        <li>
          AI/HPC contracts: each signed contract with its announced value, MW, term and counterparty where the source
          states them.
        </li>
        <li>
          Large BTC sales: a month, quarter or single sale of at least {LARGE_SALE_BTC.toLocaleString("en-US")} BTC
          (displayed value).
        </li>
        <li>Bitcoin halvings, which cut the block reward and so every miner&apos;s production.</li>
      </ul>

      <h2 id="currency">Keeping current, and taking the data with you</h2>
      <p>
        A scheduled <code>npm run refresh</code> reads each tracked company&apos;s EDGAR filing index and imports every
        10-Q, 10-K, 20-F, 40-F, 6-K and 8-K (and amendment) filed since its last refresh, through the same checks as
        every other import. What it changes — new figures, revised figures with the old and new value and both sources,
        new filings — is listed on <Link href="/changes">What changed</Link> and in the Atom feeds (
        <a href="/feed.xml">all companies</a>, or one company&apos;s from its page). The whole dataset, with every
        source, tier, basis and derivation, and the SQLite database are on <Link href="/data">Download the data</Link>.
      </p>

      <h2 id="caveats">Known caveats by company</h2>
      <p>Definitions differ between companies and over time. Each company page lists its own:</p>
      <ul className="notes-list">
        {companies.map((c) => (
          <li key={c.ticker}>
            <Link href={`/companies/${c.ticker}`}>{c.name}</Link> — fiscal year ends {c.fiscalYearEnd} (MM-DD)
          </li>
        ))}
      </ul>
      <p>
        BTC prices, where used, are month-end closes from cited filings or news; closing conventions differ (4 p.m. New
        York vs midnight UTC) and a missing month is left missing.
      </p>
    </>
  );
}
