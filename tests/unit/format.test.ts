import { describe, expect, test } from "vitest";
import { addMonthEnds, isQuarterEnd, monthsBetween } from "@/lib/domain/periods";
import { formatDate, formatPercent, formatPeriod, formatUsd, formatValue } from "@/lib/format";

describe("formatting", () => {
  test.each([
    [311_000_000, "$311M"],
    [3_500_000_000, "$3.5B"],
    [16_800_000_000, "$16.8B"],
    [52_600_000, "$52.6M"],
    [950, "$950"],
  ])("formatUsd(%d) = %s", (v, s) => expect(formatUsd(v)).toBe(s));

  test("values, dates, periods, percents", () => {
    expect(formatValue(19368, "BTC")).toBe("19,368 BTC");
    expect(formatValue(72.5, "MW")).toBe("72.5 MW");
    expect(formatDate("2024-03-01")).toBe("Mar 1, 2024");
    expect(formatPeriod("2024-03-31", "quarter")).toBe("Quarter to Mar 2024");
    expect(formatPeriod("2024-03-31", "month")).toBe("Mar 2024");
    expect(formatPeriod("2025-11-03", "instant")).toBe("Nov 3, 2025");
    expect(formatPercent(-0.52)).toBe("−52%");
    expect(formatPercent(0)).toBe("0%");
  });

  test("period arithmetic on month ends", () => {
    expect(addMonthEnds("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonthEnds("2023-11-30", 3)).toBe("2024-02-29");
    expect(monthsBetween("2023-11-30", "2024-02-29")).toBe(3);
    expect(isQuarterEnd("2024-06-30")).toBe(true);
    expect(isQuarterEnd("2024-05-31")).toBe(false);
  });
});
