"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { METRICS, type MetricId } from "@/lib/domain/metrics";
import { type CompareState, compareHref, MAX_COMPANIES, type RangePreset } from "@/lib/url/compare-state-core";
import { CompanyPicker, type PickerCompany } from "./CompanyPicker";
import { Segmented } from "./Segmented";

const LENS_OPTIONS = [
  { value: "absolute", label: "Absolute" },
  { value: "peak", label: "% of own peak" },
  { value: "index", label: "Indexed = 100" },
  { value: "change", label: "Change per period" },
] as const;
const RANGE_OPTIONS: { value: RangePreset | "custom"; label: string }[] = [
  { value: "1y", label: "1Y" },
  { value: "2y", label: "2Y" },
  { value: "2023", label: "Since 2023" },
  { value: "all", label: "All" },
];

/** Every control writes the URL (push, so back/forward step through views); the server renders the result. */
export function CompareControls({ state, companies }: { state: CompareState; companies: PickerCompany[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = (patch: Partial<CompareState>) =>
    startTransition(() => router.push(compareHref({ ...state, ...patch }), { scroll: false }));
  const custom = "preset" in state.time ? null : state.time;

  return (
    <form className="compare-controls" aria-busy={pending} onSubmit={(e) => e.preventDefault()}>
      <CompanyPicker
        companies={companies}
        selected={state.companies}
        max={MAX_COMPANIES}
        onChange={(c) => go({ companies: c })}
      />
      <div className="control-row">
        <label>
          Metric{" "}
          <select
            value={state.metric}
            onChange={(e) =>
              go({ metric: e.target.value as MetricId, vs: state.vs === e.target.value ? null : state.vs })
            }
          >
            {METRICS.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Against (right axis){" "}
          <select
            value={state.vs ?? ""}
            disabled={state.usd}
            onChange={(e) => go({ vs: (e.target.value || null) as MetricId | null })}
          >
            <option value="">— none —</option>
            {METRICS.filter((m) => m.id !== state.metric).map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={state.usd}
            onChange={(e) => go({ usd: e.target.checked, metric: e.target.checked ? "btc_held" : state.metric })}
          />{" "}
          USD view (BTC held × BTC price)
        </label>
        <label className="check">
          <input type="checkbox" checked={state.filings} onChange={(e) => go({ filings: e.target.checked })} /> Filings
          only
        </label>
        <label className="check">
          <input type="checkbox" checked={state.events} onChange={(e) => go({ events: e.target.checked })} /> Event
          markers
        </label>
      </div>
      <div className="control-row">
        <Segmented
          legend="Chart"
          value={state.view}
          options={[
            { value: "time", label: "Over time" },
            { value: "trajectory", label: "Pivot trajectory" },
          ]}
          onChange={(view) => go({ view })}
        />
        <Segmented legend="Lens" value={state.lens} options={LENS_OPTIONS} onChange={(lens) => go({ lens })} />
        {state.lens === "index" ? (
          <label>
            Index date{" "}
            <input
              type="date"
              defaultValue={state.index ?? ""}
              onBlur={(e) => go({ index: e.target.value || null })}
              key={state.index ?? "none"}
            />
          </label>
        ) : null}
        <Segmented
          legend="Scale"
          value={state.scale}
          options={[
            { value: "linear", label: "Linear" },
            { value: "log", label: "Log" },
          ]}
          onChange={(scale) => go({ scale })}
        />
        <Segmented
          legend="Cadence"
          value={state.cadence}
          options={[
            { value: "monthly", label: "Monthly" },
            { value: "quarterly", label: "Quarterly" },
          ]}
          onChange={(cadence) => go({ cadence })}
        />
      </div>
      <div className="control-row">
        <Segmented
          legend="Range"
          value={"preset" in state.time ? state.time.preset : "custom"}
          options={[...RANGE_OPTIONS, ...(custom ? [{ value: "custom" as const, label: "Custom" }] : [])]}
          onChange={(v) => v !== "custom" && go({ time: { preset: v } })}
        />
        <label>
          From{" "}
          <input
            type="date"
            key={`from-${custom?.from}`}
            defaultValue={custom?.from ?? ""}
            onBlur={(e) => go({ time: { from: e.target.value || null, to: custom?.to ?? null } })}
          />
        </label>
        <label>
          To{" "}
          <input
            type="date"
            key={`to-${custom?.to}`}
            defaultValue={custom?.to ?? ""}
            onBlur={(e) => go({ time: { from: custom?.from ?? null, to: e.target.value || null } })}
          />
        </label>
      </div>
    </form>
  );
}
