import type { Citation } from "@/lib/views/citation";

/**
 * A number that carries its source, rendered as plain server HTML: a button naming the value and its period.
 * Its source card (form, date, tier, quote, alternates) is fetched on first use and shown by the one delegated
 * handler on the page (CitationCards), so hundreds of cited values cost no JavaScript and no payload.
 */
export function CitedValue({ citation, citeKey, text }: { citation: Citation; citeKey: string; text?: string }) {
  return (
    <span className="cite">
      <button
        type="button"
        data-cite={citeKey}
        aria-expanded="false"
        aria-label={`${text ?? citation.valueText}, ${citation.label}, ${citation.periodText}: show source`}
      >
        {text ?? citation.valueText}
        {citation.disagreement ? <span aria-hidden="true">*</span> : null}
      </button>
    </span>
  );
}
