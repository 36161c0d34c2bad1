import type { Handler } from "htmlparser2";
import { DEI_NS_STEM, hasXsiNil, IX_NAMESPACES, NamespaceScope, splitQName, XBRLDI_NS, XBRLI_NS } from "./namespaces";
import { type Closer, ResourceReader } from "./resource-reader";
import type { IxbrlDei } from "./types";

/** An ix:nonFraction as read, before its context, unit and format are resolved. */
export interface RawFact {
  concept: string | null;
  contextRef: string | null;
  unitRef: string | null;
  /** The format QName as written, with its prefix resolved in the element's scope. */
  format: { qname: string; namespace: string | null; local: string } | null;
  scale: string | null;
  sign: string | null;
  nil: boolean;
  line: number;
  /** All descendant text except inside ix:exclude (iXBRL 1.1 §8.1.1, §12). */
  text: string;
  /** False when the element was only closed by end-of-input (truncated file): its text is partial. */
  complete: boolean;
}

const DEI_FIELDS = new Map<string, keyof IxbrlDei>([
  ["EntityCentralIndexKey", "cik"],
  ["TradingSymbol", "ticker"],
  ["DocumentType", "documentType"],
  ["DocumentPeriodEndDate", "periodEndDate"],
  ["DocumentFiscalYearFocus", "fiscalYearFocus"],
  ["DocumentFiscalPeriodFocus", "fiscalPeriodFocus"],
]);

interface Frame {
  scope: NamespaceScope;
  close: Closer;
}

/** htmlparser2 SAX handler: tracks namespace scopes and collects facts, contexts, units and dei. */
export class IxbrlCollector implements Partial<Handler> {
  readonly facts: RawFact[] = [];
  readonly resources = new ResourceReader(
    (done) => this.capture(done),
    () => this.ending,
  );
  readonly dei: IxbrlDei = {
    cik: null,
    ticker: null,
    documentType: null,
    periodEndDate: null,
    fiscalYearFocus: null,
    fiscalPeriodFocus: null,
  };
  sawIxNamespace = false;
  sawHeader = false;
  root: { name: string; line: number } | null = null;
  /** `<TYPE>` of an EDGAR SGML `<DOCUMENT>` wrapper (EX-99.1, 8-K …), when the file has one. */
  sgmlType: string | null = null;
  /** Set by the driver right before parser.end(): any close seen afterwards is implied by end of input. */
  ending = false;
  truncated = false;

  private readonly frames: Frame[] = [];
  private readonly sinks: string[][] = [];
  private excluded = 0;

  constructor(private readonly currentLine: () => number) {}

  onopentag(name: string, attribs: Record<string, string>): void {
    const parent = this.frames.length > 0 ? this.frames[this.frames.length - 1].scope : NamespaceScope.root;
    const scope = parent.extend(attribs);
    if (scope !== parent) for (const ns of IX_NAMESPACES) if (scope.declares(ns)) this.sawIxNamespace = true;
    if (this.root === null) this.root = { name, line: this.currentLine() };
    const { prefix, local } = splitQName(name);
    const ns = scope.resolve(prefix);
    let close: Closer = null;
    if (prefix === "" && local.toUpperCase() === "TYPE" && this.sgmlType === null && !this.sawHeader) {
      // SGML tags are never closed, so take the first text after <TYPE>, not the element's content.
      this.sgmlType = "";
    }
    if (ns !== null && IX_NAMESPACES.has(ns)) close = this.openIx(local, attribs, scope);
    else if (ns === XBRLI_NS) close = this.resources.openXbrli(local, attribs);
    else if (ns === XBRLDI_NS) close = this.resources.openXbrldi(local, attribs);
    this.frames.push({ scope, close });
  }

  onclosetag(): void {
    const frame = this.frames.pop();
    if (!frame) return;
    if (this.frames.length === 0 && this.ending) this.truncated = true;
    frame.close?.();
  }

  ontext(data: string): void {
    if (this.sgmlType === "" && data.trim()) this.sgmlType = data.trim().split(/\s/)[0];
    if (this.excluded === 0) for (const sink of this.sinks) sink.push(data);
  }

  /** Collects descendant text until the current element closes, then hands it to `done`. */
  private capture(done: (text: string) => void): () => void {
    const sink: string[] = [];
    this.sinks.push(sink);
    // Captures nest with elements, so the closing element's sink is always the innermost one.
    return () => done((this.sinks.pop() ?? sink).join(""));
  }

  private openIx(local: string, attribs: Record<string, string>, scope: NamespaceScope): Closer {
    switch (local) {
      case "header":
        this.sawHeader = true;
        return null;
      case "exclude":
        this.excluded++;
        return () => {
          this.excluded--;
        };
      case "nonFraction":
        return this.openFact(attribs, scope);
      case "nonNumeric":
        return this.openNonNumeric(attribs, scope);
      default:
        return null;
    }
  }

  private openFact(attribs: Record<string, string>, scope: NamespaceScope): () => void {
    const format = attribs.format?.trim();
    const fact: RawFact = {
      concept: attribs.name?.trim() || null,
      contextRef: attribs.contextRef?.trim() ?? null,
      unitRef: attribs.unitRef?.trim() ?? null,
      format:
        format === undefined
          ? null
          : { qname: format, namespace: scope.namespaceOf(format), local: splitQName(format).local },
      scale: attribs.scale ?? null,
      sign: attribs.sign?.trim() ?? null,
      nil: hasXsiNil(attribs, scope),
      line: this.currentLine(),
      text: "",
      complete: false,
    };
    this.facts.push(fact);
    return this.capture((text) => {
      fact.text = text;
      fact.complete = !this.ending;
    });
  }

  /** Only dei document/entity facts are kept from ix:nonNumeric; the first of each concept wins. */
  private openNonNumeric(attribs: Record<string, string>, scope: NamespaceScope): Closer {
    const name = attribs.name?.trim() ?? "";
    const field = DEI_FIELDS.get(splitQName(name).local);
    if (!field || this.dei[field] !== null || !scope.namespaceOf(name)?.startsWith(DEI_NS_STEM)) return null;
    return this.capture((text) => {
      if (this.dei[field] === null && !this.ending) this.dei[field] = text.trim();
    });
  }
}
