/** Namespace URIs the extractor recognises; prefixes are never assumed, always resolved through xmlns. */
export const IX_NAMESPACES: ReadonlySet<string> = new Set([
  "http://www.xbrl.org/2013/inlineXBRL", // Inline XBRL 1.1
  "http://www.xbrl.org/2008/inlineXBRL", // Inline XBRL 1.0, still seen in older filings
]);
export const XBRLI_NS = "http://www.xbrl.org/2003/instance";
export const XBRLDI_NS = "http://xbrl.org/2006/xbrldi";
export const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
/** dei namespaces carry the taxonomy year (…/dei/2024, …/dei/2025), so match on the stem. */
export const DEI_NS_STEM = "http://xbrl.sec.gov/dei/";

const XML_NS = "http://www.w3.org/XML/1998/namespace";

export interface QNameParts {
  prefix: string;
  local: string;
}

export function splitQName(qname: string): QNameParts {
  const colon = qname.indexOf(":");
  return colon < 0 ? { prefix: "", local: qname } : { prefix: qname.slice(0, colon), local: qname.slice(colon + 1) };
}

/**
 * The in-scope namespace bindings of one element. Elements that declare nothing share their parent's
 * scope object, so a document with declarations only on the root costs one scope in total.
 */
export class NamespaceScope {
  static readonly root = new NamespaceScope(null, new Map([["xml", XML_NS]]));

  private constructor(
    private readonly parent: NamespaceScope | null,
    private readonly bindings: ReadonlyMap<string, string>,
  ) {}

  /** Scope for a child element carrying `attribs`; `xmlns=""` undeclares the default namespace (XML NS §6.2). */
  extend(attribs: Readonly<Record<string, string>>): NamespaceScope {
    let bindings: Map<string, string> | null = null;
    for (const key of Object.keys(attribs)) {
      if (key === "xmlns") {
        bindings ??= new Map();
        bindings.set("", attribs[key]);
      } else if (key.startsWith("xmlns:")) {
        bindings ??= new Map();
        bindings.set(key.slice(6), attribs[key]);
      }
    }
    return bindings ? new NamespaceScope(this, bindings) : this;
  }

  /** Namespace URI bound to `prefix` ("" = default namespace), or null when unbound. */
  resolve(prefix: string): string | null {
    for (let scope: NamespaceScope | null = this; scope; scope = scope.parent) {
      const uri = scope.bindings.get(prefix);
      if (uri !== undefined) return uri === "" ? null : uri;
    }
    return null;
  }

  /** True when this element itself declares `uri` under some prefix. */
  declares(uri: string): boolean {
    for (const value of this.bindings.values()) if (value === uri) return true;
    return false;
  }

  /** Namespace URI of an element or attribute QName in this scope. */
  namespaceOf(qname: string): string | null {
    return this.resolve(splitQName(qname).prefix);
  }
}

/** xsi:nil is found by namespace, whatever its prefix; xs:boolean allows "true" and "1". */
export function hasXsiNil(attribs: Record<string, string>, scope: NamespaceScope): boolean {
  for (const key of Object.keys(attribs)) {
    const { prefix, local } = splitQName(key);
    if (local === "nil" && prefix !== "" && prefix !== "xmlns" && scope.resolve(prefix) === XSI_NS) {
      const value = attribs[key].trim();
      return value === "true" || value === "1";
    }
  }
  return false;
}
