"use client";

import { useEffect, useId, useRef, useState } from "react";
import { EXPORT_PRESETS, EXPORT_SCALES, type ExportPresetId, type ExportTheme } from "@/lib/export/presets";
import { buildPng, buildSvg, type ExportChoice, exportFilename, registerForBatch, saveBlob } from "./export-actions";
import type { ExportSpec } from "./export-spec";

/**
 * Download & share for one chart: PNG at presets and densities (light or dark), PNG to the clipboard, editable
 * SVG, the charted data as CSV/JSON, the permalink and an embed snippet.
 */
export function ExportMenu({ spec }: { spec: ExportSpec }) {
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<ExportChoice>({ preset: "social", scale: 2, theme: "light" });
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const [origin, setOrigin] = useState("");
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    setOrigin(location.origin);
    return registerForBatch(spec);
  }, [spec]);
  // Like any disclosure panel: Escape or a click outside closes it, and Escape returns focus to its button.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  const run = async (label: string, task: () => Promise<string>) => {
    setBusy(true);
    setStatus(`${label}…`);
    try {
      setStatus(await task());
    } catch (err) {
      setStatus(`Could not ${label.toLowerCase()}: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };
  const permalink = `${origin}${spec.permalinkPath}`;
  const embed = spec.embedPath
    ? `<iframe src="${origin}${spec.embedPath}" title="${spec.figure.title.replaceAll('"', "&quot;")}" width="100%" height="520" style="border:0" loading="lazy"></iframe>`
    : null;
  const copy = (text: string, what: string) =>
    run(`Copy ${what}`, async () => {
      await navigator.clipboard.writeText(text);
      return `${what} copied.`;
    });

  return (
    <div className="export-menu" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="export-toggle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        Download &amp; share
      </button>
      <div id={`${id}-panel`} className="export-panel" hidden={!open}>
        <div className="export-row">
          <label>
            Size{" "}
            <select
              value={choice.preset}
              onChange={(e) => setChoice({ ...choice, preset: e.target.value as ExportPresetId })}
            >
              {Object.entries(EXPORT_PRESETS).map(([k, p]) => (
                <option key={k} value={k}>
                  {p.label}
                </option>
              ))}
              <option value="screen">As on screen</option>
            </select>
          </label>
          <label>
            Density{" "}
            <select value={choice.scale} onChange={(e) => setChoice({ ...choice, scale: Number(e.target.value) })}>
              {EXPORT_SCALES.map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </label>
          <label>
            Theme{" "}
            <select
              value={choice.theme}
              onChange={(e) => setChoice({ ...choice, theme: e.target.value as ExportTheme })}
            >
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
        </div>
        <div className="export-row">
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run("Make PNG", async () => {
                const name = exportFilename(spec, choice, "png");
                saveBlob(await buildPng(spec, choice), name);
                return `Saved ${name}.`;
              })
            }
          >
            Download PNG
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run("Copy PNG", async () => {
                // The clipboard write must start in the click; a promise of the blob keeps it within the gesture.
                await navigator.clipboard.write([new ClipboardItem({ "image/png": buildPng(spec, choice) })]);
                return "PNG copied to the clipboard.";
              })
            }
          >
            Copy PNG
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              run("Make SVG", async () => {
                const name = exportFilename(spec, choice, "svg");
                saveBlob(new Blob([await buildSvg(spec, choice)], { type: "image/svg+xml" }), name);
                return `Saved ${name}.`;
              })
            }
          >
            Download SVG
          </button>
          <a className="button-link" href={spec.csvHref} download>
            Data (CSV)
          </a>
          <a className="button-link" href={spec.jsonHref} download>
            Data (JSON)
          </a>
        </div>
        <div className="export-row share">
          <label>
            Permalink <input readOnly value={permalink} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button type="button" onClick={() => copy(permalink, "Link")}>
            Copy link
          </button>
        </div>
        {embed ? (
          <div className="export-row share">
            <label>
              Embed <textarea readOnly rows={2} value={embed} onFocus={(e) => e.currentTarget.select()} />
            </label>
            <button type="button" onClick={() => copy(embed, "Embed code")}>
              Copy embed
            </button>
          </div>
        ) : null}
        <p className="export-status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </div>
  );
}
