"use client";

import { useId, useMemo, useState } from "react";

export interface PickerCompany {
  ticker: string;
  name: string;
  color: string;
}

/**
 * Search-as-you-type company picker (WAI-ARIA combobox with a listbox): type a ticker or name, move with the
 * arrow keys, Enter adds, Backspace on an empty field removes the last company. Selected companies are chips.
 */
export function CompanyPicker({
  companies,
  selected,
  max,
  onChange,
}: {
  companies: PickerCompany[];
  selected: string[];
  max: number;
  onChange: (next: string[]) => void;
}) {
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return companies.filter(
      (c) =>
        !selected.includes(c.ticker) && (!q || c.ticker.toLowerCase().includes(q) || c.name.toLowerCase().includes(q)),
    );
  }, [companies, selected, query]);
  const full = selected.length >= max;
  const add = (ticker: string) => {
    if (full) return;
    onChange([...selected, ticker]);
    setQuery("");
    setActive(0);
    // Close the list so it does not cover the controls below; ArrowDown or typing reopens it.
    setOpen(false);
  };
  const byTicker = new Map(companies.map((c) => [c.ticker, c]));

  return (
    <div className="picker">
      <label htmlFor={`${id}-input`} className="picker-label">
        Companies
      </label>
      <ul className="chips" aria-label="Selected companies">
        {selected.map((t) => (
          <li key={t}>
            <span className="swatch" style={{ background: byTicker.get(t)?.color }} aria-hidden="true" />
            {t}
            <button
              type="button"
              aria-label={`Remove ${t}`}
              disabled={selected.length === 1}
              onClick={() => onChange(selected.filter((x) => x !== t))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="picker-box">
        <input
          id={`${id}-input`}
          role="combobox"
          aria-expanded={open && matches.length > 0}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={open && matches[active] ? `${id}-opt-${matches[active].ticker}` : undefined}
          placeholder={full ? `At most ${max} companies` : "Add a company: type a ticker or name"}
          disabled={full}
          value={query}
          autoComplete="off"
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 120)}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown") {
              e.preventDefault();
              setOpen(true);
              setActive((a) => Math.min(a + 1, matches.length - 1));
            } else if (e.key === "ArrowUp") {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === "Enter" && open && matches[active]) {
              e.preventDefault();
              add(matches[active].ticker);
            } else if (e.key === "Escape") {
              setOpen(false);
            } else if (e.key === "Backspace" && query === "" && selected.length > 1) {
              onChange(selected.slice(0, -1));
            }
          }}
        />
        {open && matches.length > 0 ? (
          <div id={`${id}-list`} role="listbox" className="picker-list" aria-label="Matching companies">
            {matches.map((c, i) => (
              <div
                key={c.ticker}
                id={`${id}-opt-${c.ticker}`}
                role="option"
                tabIndex={-1}
                aria-selected={i === active}
                className={i === active ? "active" : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  add(c.ticker);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span className="swatch" style={{ background: c.color }} aria-hidden="true" />{" "}
                <strong>{c.ticker}</strong> {c.name}
              </div>
            ))}
          </div>
        ) : null}
      </div>
    </div>
  );
}
