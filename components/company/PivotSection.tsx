import Link from "next/link";
import { ChartFrame } from "@/components/charts/ChartFrame";
import { LazyPivotChart } from "@/components/charts/lazy";
import type { PointNote } from "@/components/charts/PivotChart";
import type { ExportSpec } from "@/components/export/export-spec";
import { eventShortLabel } from "@/lib/domain/event-labels";
import { BASIS_LABELS } from "@/lib/domain/holdings-basis";
import { getMetric, type MetricId } from "@/lib/domain/metrics";
import { toTime } from "@/lib/domain/periods";
import type { ChartEvent } from "@/lib/domain/types";
import { formatDate, formatUsd, formatValue } from "@/lib/format";
import type { CompanyParams } from "@/lib/schemas/company-params";
import { seriesApiHref } from "@/lib/url/api-href";
import { companyHref } from "@/lib/url/company-state";
import { DEFAULT_COMPARE_STATE } from "@/lib/url/compare-state";
import type { CompanyView } from "@/lib/views/company-view";
import { tierMix } from "@/lib/views/pivot-figure";
import { EventList } from "./EventList";

/** The pivot chart with its controls, event list and data-table alternative, all shaped on the server. */
export function PivotSection({ view, embed = false }: { view: CompanyView; embed?: boolean }) {
  const { company, held, heldOther, commitment, citations, params } = view;
  const heldLabel = view.heldBasis === "as-reported" ? "BTC held" : `BTC held (${BASIS_LABELS[view.heldBasis].label})`;
  const unit = commitment ? (getMetric(commitment.metric)?.unit ?? null) : null;
  const events = view.events.map((e, i) => ({ ...e, number: i + 1 }));
  const eventById = new Map(events.map((e) => [e.id, e]));

  const notes: Record<string, PointNote> = {};
  for (const p of held) {
    const c = p.factKey ? citations[p.factKey] : undefined;
    if (c)
      notes[`held:${p.t}`] = {
        valueText: c.valueText,
        detail: `${c.source.kind}${c.source.date ? `, ${c.source.date}` : ""}`,
      };
  }
  heldOther.forEach((h, i) => {
    for (const p of h.points) {
      const c = p.factKey ? citations[p.factKey] : undefined;
      if (c)
        notes[`heldalt${i}:${p.t}`] = {
          valueText: c.valueText,
          detail: `${c.source.kind}${c.source.date ? `, ${c.source.date}` : ""}`,
        };
    }
  });
  commitment?.points.forEach((p, i) => {
    if (p.value === null) return;
    const c = p.factKey ? citations[p.factKey] : undefined;
    const ev = eventById.get(commitment.eventIds[i] ?? -1);
    notes[`commitment:${p.t}`] = c
      ? { valueText: c.valueText, detail: `${c.source.kind}${c.source.date ? `, ${c.source.date}` : ""}` }
      : {
          valueText: formatValue(p.value, unit ?? "USD"),
          detail: ev ? `after ${ev.title} (${formatUsd(ev.valueUsd ?? 0)})` : "",
        };
  });

  const title = `${company.name}: BTC held vs AI/HPC commitments`;
  const href = (patch: Partial<CompanyParams>) =>
    companyHref(company.ticker, params as CompanyParams, patch, {
      defaultCommitment: view.commitments[0] ?? null,
      embed,
      hash: "pivot",
    });

  // The view's own query, for the embed of this chart (which adds view=dates).
  const viewQuery = companyHref(
    company.ticker,
    params as CompanyParams,
    {},
    {
      defaultCommitment: view.commitments[0] ?? null,
    },
  ).replace(/^[^?]*\??/, "");
  const shownSources = [
    ...[...held, ...heldOther.flatMap((h) => h.points), ...(commitment?.points ?? [])].flatMap((p) => {
      const c = p.factKey ? citations[p.factKey] : undefined;
      return c?.derivation ? c.derivation.inputs.map((i) => i.source) : [c?.source];
    }),
    ...events.map((e) => e.source),
  ].filter((s) => s !== undefined);
  const _kinds = [...new Set(shownSources.map((s) => s.kind))].join(", ");
  const latest = shownSources
    .map((s) => s.date)
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);

  const subtitle = [
    `${heldLabel} (left axis)`,
    heldOther.length
      ? `dotted: BTC held ${heldOther.map((h) => h.label).join("; ")} — another definition, not joined`
      : null,
    commitment ? `${commitment.label} (right axis, dashed)` : "no AI/HPC commitment reported in the sources",
    params.events && events.length
      ? "dotted lines mark contracts, large BTC sales and the halving, each labelled"
      : null,
    commitment?.derivation ?? null,
    held.every((p) => p.value === null) ? "This company reports no BTC holdings series: a gap, not zero." : null,
  ]
    .filter(Boolean)
    .join(" · ");
  const sourceLine = `Sources: ${tierMix(shownSources) || "none"}; latest dated ${latest ? formatDate(latest) : "—"}. MinerPivot.`;
  const chartProps = {
    title,
    color: view.color,
    held,
    heldOther: heldOther.map((h) => ({ label: h.label, points: h.points })),
    commitment,
    commitmentUnit: unit,
    markers: params.events ? events.map((e) => ({ t: toTime(e.date), kind: e.kind, label: eventShortLabel(e) })) : [],
    notes,
  };
  const apiState = {
    ...DEFAULT_COMPARE_STATE,
    companies: [company.ticker],
    vs: commitment?.metric ?? null,
    cadence: params.cadence,
    events: params.events,
  };
  const dates = [...held, ...heldOther.flatMap((h) => h.points), ...(commitment?.points ?? [])]
    .filter((p) => p.value !== null)
    .map((p) => p.date)
    .sort();
  const exportSpec: ExportSpec = {
    id: "pivot-chart",
    figure: {
      title,
      subtitle,
      legend: [
        ...(held.some((p) => p.value !== null) ? [{ label: heldLabel, color: view.color }] : []),
        ...heldOther.map((h) => ({ label: `BTC held, ${h.label}`, color: view.color, dashed: true })),
        ...(commitment ? [{ label: commitment.label, color: "var(--fg)", dashed: true }] : []),
      ],
      sourceLine,
    },
    permalinkPath: companyHref(
      company.ticker,
      params as CompanyParams,
      {},
      {
        defaultCommitment: view.commitments[0] ?? null,
      },
    ),
    embedPath: `/embed/companies/${company.ticker}?${[viewQuery, "view=dates"].filter(Boolean).join("&")}`,
    chart: { type: "pivot", props: chartProps },
    filename: {
      subject: company.ticker,
      what: commitment ? "BTC held vs AI/HPC" : "BTC held",
      from: dates[0] ?? null,
      to: dates.at(-1) ?? null,
    },
    csvHref: seriesApiHref(apiState, "csv"),
    jsonHref: seriesApiHref(apiState, "json"),
  };

  return (
    <section id="pivot" aria-label="Pivot chart">
      <div className="controls">
        <span>
          Cadence:{" "}
          <span className="segmented">
            {(["monthly", "quarterly"] as const).map((c) => (
              <Link
                key={c}
                href={href({ cadence: c })}
                aria-current={params.cadence === c ? "true" : undefined}
                scroll={false}
              >
                {c === "monthly" ? "All reported dates" : "Quarter ends"}
              </Link>
            ))}
          </span>
        </span>
        {view.commitments.length > 1 ? (
          <span>
            AI/HPC series:{" "}
            <span className="segmented">
              {view.commitments.map((m: MetricId) => (
                <Link
                  key={m}
                  href={href({ commitment: m })}
                  aria-current={params.commitment === m ? "true" : undefined}
                  scroll={false}
                >
                  {getMetric(m)?.shortLabel}
                </Link>
              ))}
            </span>
          </span>
        ) : null}
        <Link href={href({ events: !params.events })} scroll={false}>
          {params.events ? "Hide event markers" : "Show event markers"}
        </Link>
        <Link href={href({ filings: !params.filings })} scroll={false}>
          {params.filings ? "Show all sources" : "Filings only"}
        </Link>
      </div>
      <ChartFrame
        id="pivot-chart"
        title={title}
        subtitle={subtitle}
        source={sourceLine}
        dataTable={<PivotDataTable view={view} />}
        exportSpec={embed ? undefined : exportSpec}
      >
        <LazyPivotChart {...chartProps} />
      </ChartFrame>
      {embed ? null : (
        <>
          <h3>Events on the chart</h3>
          <EventList events={events satisfies (ChartEvent & { number: number })[]} />
        </>
      )}
    </section>
  );
}

function PivotDataTable({ view }: { view: CompanyView }) {
  const rows = [
    ...[{ label: "", points: view.held }, ...view.heldOther].flatMap((h) =>
      h.points
        .filter((p) => p.value !== null)
        .map((p) => ({
          series: h.label
            ? `BTC held, ${h.label}`
            : view.heldBasis === "as-reported"
              ? "BTC held"
              : `BTC held (${BASIS_LABELS[view.heldBasis].label})`,
          date: p.date,
          key: p.factKey,
          value: p.value!,
          unit: "BTC" as const,
        })),
    ),
    ...(view.commitment?.points ?? [])
      .filter((p) => p.value !== null)
      .map((p) => ({
        series: view.commitment!.label,
        date: p.date,
        key: p.factKey,
        value: p.value!,
        unit: getMetric(view.commitment!.metric)?.unit ?? ("USD" as const),
      })),
  ];
  return (
    <div className="table-wrap">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Series</th>
            <th scope="col">Date</th>
            <th scope="col" className="r">
              Value
            </th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const c = r.key ? view.citations[r.key] : undefined;
            return (
              <tr key={`${r.series}-${r.date}-${r.value}`}>
                <td>{r.series}</td>
                <td>{r.date}</td>
                <td className="r num">{formatValue(r.value, r.unit)}</td>
                <td>
                  {c?.derivation ? (
                    `Derived: ${c.derivation.formula}`
                  ) : c ? (
                    <a href={c.source.url} target="_blank" rel="noopener noreferrer nofollow">
                      {c.source.kind}
                      {c.source.date ? `, ${c.source.date}` : ""}
                    </a>
                  ) : (
                    "Derived: running total of the contracts listed under events"
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
