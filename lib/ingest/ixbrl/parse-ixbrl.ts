import { Parser } from "htmlparser2";
import { IxbrlCollector } from "./ixbrl-collector";
import { LineIndex } from "./line-index";
import { IX_NAMESPACES } from "./namespaces";
import { resolveFacts } from "./resolve-facts";
import type { IxbrlError, IxbrlExtraction } from "./types";
import { Utf8StreamDecoder } from "./utf8-decoder";

const IX_NS = [...IX_NAMESPACES][0];

/**
 * Streaming Inline XBRL reader: feed it text (writeText) or raw bytes (writeBytes) in chunks, then call
 * end(). htmlparser2 runs in xmlMode because EDGAR iXBRL is XHTML; element and attribute prefixes are
 * resolved through xmlns declarations by the collector, never assumed.
 */
export class IxbrlStreamParser {
  private readonly lines = new LineIndex();
  private readonly collector: IxbrlCollector;
  private readonly parser: Parser;
  private readonly decoder = new Utf8StreamDecoder();
  private encodingError: IxbrlError | null = null;
  private finished: IxbrlExtraction | null = null;

  constructor() {
    this.collector = new IxbrlCollector(() => this.lines.lineAt(this.parser.startIndex));
    this.parser = new Parser(this.collector, { xmlMode: true });
  }

  writeText(text: string): void {
    if (text === "" || this.finished) return;
    this.lines.append(text);
    this.parser.write(text);
  }

  /** Decodes as UTF-8 (fatal); the first invalid sequence becomes an "encoding" error, the rest is replaced. */
  writeBytes(chunk: Uint8Array): void {
    this.writeText(this.decodeChecked(() => this.decoder.decode(chunk)));
  }

  end(): IxbrlExtraction {
    if (this.finished) return this.finished;
    this.writeText(this.decodeChecked(() => this.decoder.end()));
    this.collector.ending = true;
    this.parser.end();
    this.finished = this.assemble();
    return this.finished;
  }

  private decodeChecked(decode: () => string): string {
    const text = decode();
    const failure = this.decoder.failure;
    if (failure && !this.encodingError) {
      let line = this.lines.lineAt(this.lines.size);
      for (const ch of failure.textBefore) if (ch === "\n") line++;
      this.encodingError = {
        kind: "encoding",
        message: `line ${line}: invalid UTF-8 byte sequence at byte offset ${failure.byteOffset}`,
        line,
        byteOffset: failure.byteOffset,
      };
    }
    return text;
  }

  private assemble(): IxbrlExtraction {
    const c = this.collector;
    const errors: IxbrlError[] = this.encodingError ? [this.encodingError] : [];
    const lastLine = this.lines.lastLine;
    if (c.truncated && c.root) {
      errors.push({
        kind: "truncated",
        message: `line ${lastLine}: document ends before the root element <${c.root.name}> (opened on line ${c.root.line}) is closed`,
        line: lastLine,
      });
    }
    if (!c.sawHeader) {
      const line = c.root?.line ?? 1;
      const exhibit = c.sgmlType && /^EX-/i.test(c.sgmlType) ? c.sgmlType.toUpperCase() : null;
      const why = exhibit
        ? `it is an ${exhibit} exhibit (EDGAR <DOCUMENT> wrapper), which carries no XBRL facts`
        : !c.root
          ? "the document has no root element"
          : !c.sawIxNamespace
            ? `<${c.root.name}> and its descendants declare no Inline XBRL namespace (${IX_NS})`
            : "there is no ix:header element";
      errors.push({
        kind: exhibit ? "exhibit" : "not-ixbrl",
        message: `line ${line}: not an Inline XBRL document: ${why}`,
        line,
      });
      // Without ix:header there are no contexts or units, so listing every fact as unresolvable adds nothing.
      return { facts: [], errors, warnings: [], dei: c.dei };
    }
    const resolved = resolveFacts(c);
    return { facts: resolved.facts, errors: [...errors, ...resolved.errors], warnings: resolved.warnings, dei: c.dei };
  }
}
