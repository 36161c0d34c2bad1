"use client";

import { type FocusEvent, type KeyboardEvent, useId, useLayoutEffect, useRef, useState } from "react";
import type { Citation } from "@/lib/views/citation";
import { SourceLine } from "./SourceLine";

const CARD_WIDTH = 384;

/**
 * A number that carries its source. Hover or keyboard focus shows the form, date, tier and quote; a click pins
 * the card open (Escape closes it). Alternates from other sources and any disagreement are listed too.
 * The card is fixed-positioned so scrolling table containers do not clip it.
 */
export function CitedValue({ citation, text }: { citation: Citation; text?: string }) {
  const [hover, setHover] = useState(false);
  const [focus, setFocus] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  const ref = useRef<HTMLSpanElement>(null);
  const id = useId();
  const open = hover || focus || pinned;

  useLayoutEffect(() => {
    if (!open || !ref.current) return;
    const place = () => {
      const r = ref.current!.getBoundingClientRect();
      const width = Math.min(CARD_WIDTH, window.innerWidth - 16);
      const left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8));
      setPos({ top: r.bottom, left });
    };
    place();
    window.addEventListener("scroll", place, true);
    window.addEventListener("resize", place);
    return () => {
      window.removeEventListener("scroll", place, true);
      window.removeEventListener("resize", place);
    };
  }, [open]);

  // Focus may move from the number into the card's links; the card stays open until focus leaves both.
  const leaveFocus = (e: FocusEvent) => {
    if (!ref.current?.contains(e.relatedTarget as Node | null)) setFocus(false);
  };
  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== "Escape") return;
    setPinned(false);
    setFocus(false);
    setHover(false);
  };

  return (
    <span ref={ref} className="cite">
      <button
        type="button"
        aria-describedby={open ? id : undefined}
        aria-expanded={pinned}
        aria-label={`${text ?? citation.valueText}, ${citation.label}, ${citation.periodText}: show source`}
        onClick={() => setPinned((p) => !p)}
        onMouseEnter={() => setHover(true)}
        onMouseLeave={() => setHover(false)}
        onFocus={() => setFocus(true)}
        onBlur={leaveFocus}
        onKeyDown={closeOnEscape}
      >
        {text ?? citation.valueText}
        {citation.disagreement ? <span aria-hidden="true">*</span> : null}
      </button>
      {open ? (
        <span
          className="cite-card"
          role="tooltip"
          id={id}
          onMouseEnter={() => setHover(true)}
          onMouseLeave={() => setHover(false)}
          onFocus={() => setFocus(true)}
          onBlur={leaveFocus}
          onKeyDown={closeOnEscape}
          style={{ display: "block", position: "fixed", top: pos?.top ?? -9999, left: pos?.left ?? -9999 }}
        >
          <strong>
            {citation.label}: {citation.valueText}
          </strong>{" "}
          <span className="muted">({citation.periodText})</span>
          <br />
          {citation.basis ? (
            <span style={{ display: "block" }}>
              Basis: <strong>{citation.basis.label}</strong> — {citation.basis.definition}
            </span>
          ) : null}
          {citation.derivation && citation.derivation.inputs.length === 0 ? (
            <span style={{ display: "block" }}>
              <strong>Derived</strong> in this document: {citation.derivation.formula}.
            </span>
          ) : null}
          {citation.derivation && citation.derivation.inputs.length > 0 ? (
            <span style={{ display: "block" }}>
              <strong>Derived</strong>, not stated by any source: {citation.derivation.formula}.
              {citation.derivation.inputs.map((i) => (
                <span key={i.source.url + i.quote} style={{ display: "block", marginTop: "0.3rem" }}>
                  {i.valueText} ({i.periodText}) — <SourceLine source={i.source} />
                  <span className="muted" style={{ display: "block" }}>
                    “{i.quote}”
                  </span>
                </span>
              ))}
            </span>
          ) : (
            <>
              <SourceLine source={citation.source} />
              <blockquote>“{citation.quote}”</blockquote>
            </>
          )}
          {citation.alternates.length > 0 ? (
            <span className="alt" style={{ display: "block" }}>
              {citation.disagreement ? <span className="flag">{citation.disagreement}</span> : "Other sources agree:"}
              {citation.alternates.map((a) => (
                <span key={a.source.url + a.quote} style={{ display: "block", marginTop: "0.3rem" }}>
                  {a.valueText} — <SourceLine source={a.source} />
                </span>
              ))}
            </span>
          ) : null}
        </span>
      ) : null}
    </span>
  );
}
