/** Builders for small Inline XBRL documents used by the ixbrl tests. */

export const NS = {
  ix: "http://www.xbrl.org/2013/inlineXBRL",
  tr4: "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12",
  tr5: "http://www.xbrl.org/inlineXBRL/transformation/2022-02-16",
  sec: "http://www.sec.gov/inlineXBRL/transformation/2015-08-31",
  xbrli: "http://www.xbrl.org/2003/instance",
  xbrldi: "http://xbrl.org/2006/xbrldi",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

const ROOT_NS = [
  `xmlns="http://www.w3.org/1999/xhtml"`,
  `xmlns:ix="${NS.ix}"`,
  `xmlns:ixt="${NS.tr4}"`,
  `xmlns:ixt-sec="${NS.sec}"`,
  `xmlns:xbrli="${NS.xbrli}"`,
  `xmlns:xbrldi="${NS.xbrldi}"`,
  `xmlns:xsi="${NS.xsi}"`,
  `xmlns:iso4217="http://www.xbrl.org/2003/iso4217"`,
  `xmlns:us-gaap="http://fasb.org/us-gaap/2025"`,
  `xmlns:dei="http://xbrl.sec.gov/dei/2025"`,
  `xmlns:srt="http://fasb.org/srt/2025"`,
  `xmlns:acme="http://acme.example/2025"`,
].join(" ");

const entity = (segment = "") =>
  `<xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000000001</xbrli:identifier>${segment}</xbrli:entity>`;

export const DEFAULT_RESOURCES = [
  `<xbrli:context id="i1">${entity()}<xbrli:period><xbrli:instant>2025-06-30</xbrli:instant></xbrli:period></xbrli:context>`,
  `<xbrli:context id="d1">${entity()}<xbrli:period><xbrli:startDate>2025-01-01</xbrli:startDate><xbrli:endDate>2025-06-30</xbrli:endDate></xbrli:period></xbrli:context>`,
  `<xbrli:context id="seg">${entity(`<xbrli:segment><xbrldi:explicitMember dimension="us-gaap:StatementClassOfStockAxis">us-gaap:CommonStockMember</xbrldi:explicitMember><xbrldi:explicitMember dimension="srt:ProductOrServiceAxis"> acme:MiningMember </xbrldi:explicitMember></xbrli:segment>`)}<xbrli:period><xbrli:instant>2025-06-30</xbrli:instant></xbrli:period></xbrli:context>`,
  `<xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>`,
  `<xbrli:unit id="shares"><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unit>`,
  `<xbrli:unit id="usdPerShare"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>`,
].join("\n");

export function header(resources = DEFAULT_RESOURCES, hidden = ""): string {
  return `<div style="display:none"><ix:header><ix:hidden>${hidden}</ix:hidden>\n<ix:resources>\n${resources}\n</ix:resources></ix:header></div>`;
}

/** A complete document: root with the usual namespace declarations, header first, then `body`. */
export function ixDoc(body: string, opts: { resources?: string; hidden?: string; headerLast?: boolean } = {}): string {
  const head = header(opts.resources, opts.hidden);
  const parts = opts.headerLast ? [body, head] : [head, body];
  return `<?xml version="1.0" encoding="utf-8"?>\n<html ${ROOT_NS}>\n<head><title>t</title></head>\n<body>\n${parts.join("\n")}\n</body>\n</html>\n`;
}

/** `<ix:nonFraction>` with the given attributes and content. */
export function nf(attrs: Record<string, string>, content: string): string {
  const all = { contextRef: "i1", unitRef: "usd", decimals: "0", ...attrs };
  const rendered = Object.entries(all)
    .map(([k, v]) => `${k}="${v}"`)
    .join(" ");
  return `<ix:nonFraction ${rendered}>${content}</ix:nonFraction>`;
}

/** 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in document`);
  return text.slice(0, at).split("\n").length;
}
