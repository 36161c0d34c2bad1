import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { niceTicks, StaticLineChart } from "@/components/charts/StaticLineChart";

describe("the server-drawn line chart", () => {
  test("axis ticks are round numbers from 0 past the maximum", () => {
    expect(niceTicks(53_822)).toEqual([0, 20_000, 40_000, 60_000]);
    expect(niceTicks(16_800_000_000)).toEqual([0, 5e9, 1e10, 1.5e10, 2e10]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  test("a null point breaks the line: two segments, never a bridge; every reported point has a titled dot", () => {
    const day = 86_400_000;
    const html = renderToStaticMarkup(
      createElement(StaticLineChart, {
        title: "BTC held",
        unit: "BTC",
        height: 100,
        domain: [0, 10 * day],
        series: [
          {
            ticker: "RIOT",
            color: "#1f77d0",
            points: [
              { t: 0, date: "1970-01-01", value: 10 },
              { t: 2 * day, date: "1970-01-03", value: 20 },
              { t: 3 * day, value: null },
              { t: 8 * day, date: "1970-01-09", value: 15 },
            ],
          },
        ],
      }),
    );
    const line = /<path d="([^"]+)" class="static-chart-line"/.exec(html)?.[1] ?? "";
    expect(line.match(/M/g)).toHaveLength(2);
    expect(line.match(/L/g)).toHaveLength(1);
    expect([...html.matchAll(/<title>([^<]+)<\/title>/g)].map((m) => m[1])).toEqual([
      "RIOT, Jan 1, 1970: 10 BTC",
      "RIOT, Jan 3, 1970: 20 BTC",
      "RIOT, Jan 9, 1970: 15 BTC",
    ]);
  });
});
