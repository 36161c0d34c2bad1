import type { Citation } from "@/lib/views/citation";
import { SourceLine } from "./SourceLine";

/** The body of a source card: the value, its basis or derivation, the source and quote, and any alternates. */
export function CitationCard({ citation }: { citation: Citation }) {
  return (
    <>
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
    </>
  );
}
