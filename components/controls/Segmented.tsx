"use client";

import { useId } from "react";

/** A radio group drawn as a segmented control: native radios, so arrow keys and screen readers just work. */
export function Segmented<T extends string>({
  legend,
  value,
  options,
  onChange,
}: {
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (v: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="seg">
      <legend>{legend}</legend>
      <div className="seg-options">
        {options.map((o) => (
          <label key={o.value} className={o.value === value ? "on" : undefined}>
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={o.value === value}
              onChange={() => onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
