import { describe, expect, test } from "vitest";
import { buildDisplayedValue, type Candidate } from "@/lib/domain/displayed-value";

const c = (id: number, value: number, tier: Candidate["tier"], sourceDate: string | null): Candidate => ({
  id,
  value,
  tier,
  sourceDate,
});

describe("displayed-value rule", () => {
  test("returns null for no candidates", () => {
    expect(buildDisplayedValue([])).toBeNull();
  });

  test.each([
    ["filing beats company release", [c(1, 10, "company", "2025-01-02"), c(2, 11, "filing", "2025-01-01")], 2],
    ["company release beats news", [c(1, 10, "secondary", "2025-02-01"), c(2, 11, "company", "2025-01-01")], 2],
    ["filing beats news even when news is later", [c(1, 10, "secondary", "2026-01-01"), c(2, 11, "filing", null)], 2],
    [
      "later filing (restatement) beats earlier filing",
      [c(1, 10, "filing", "2024-05-01"), c(2, 12, "filing", "2025-02-01")],
      2,
    ],
    ["dated beats undated within a tier", [c(1, 10, "filing", null), c(2, 12, "filing", "2024-01-01")], 2],
    ["first recorded wins a full tie", [c(5, 10, "company", null), c(3, 12, "company", null)], 3],
  ])("%s", (_name, candidates, expectedId) => {
    expect(buildDisplayedValue(candidates)?.displayed.id).toBe(expectedId);
  });

  test("keeps every other source as an alternate, best first", () => {
    const r = buildDisplayedValue([
      c(1, 18488, "secondary", null),
      c(2, 18536, "company", "2024-07-02"),
      c(3, 18536, "filing", "2024-08-01"),
    ]);
    expect(r?.displayed.id).toBe(3);
    expect(r?.alternates.map((a) => a.id)).toEqual([2, 1]);
  });

  test("flags disagreement with its relative size", () => {
    const r = buildDisplayedValue([c(1, 18536, "filing", "2024-08-01"), c(2, 18488, "secondary", null)]);
    expect(r?.disagrees).toBe(true);
    expect(r?.maxRelativeGap).toBeCloseTo(48 / 18536, 10);
  });

  test("agreeing sources are not a disagreement", () => {
    const r = buildDisplayedValue([c(1, 780, "filing", "2024-02-01"), c(2, 780, "filing", "2025-02-01")]);
    expect(r?.disagrees).toBe(false);
    expect(r?.maxRelativeGap).toBe(0);
    expect(r?.displayed.id).toBe(2);
  });

  test("does not reorder the caller's array", () => {
    const input = [c(1, 1, "secondary", null), c(2, 2, "filing", null)];
    buildDisplayedValue(input);
    expect(input.map((x) => x.id)).toEqual([1, 2]);
  });
});
