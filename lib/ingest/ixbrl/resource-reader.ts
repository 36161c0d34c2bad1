import {
  type ContextDraft,
  type ContextInfo,
  datePart,
  finishContext,
  newContextDraft,
  newUnitDraft,
  type UnitDraft,
  unitString,
} from "./resources";

/** Starts collecting an element's descendant text; the returned closer delivers it to `done`. */
export type Capture = (done: (text: string) => void) => () => void;
/** Runs when the element that opened it closes. */
export type Closer = (() => void) | null;

/**
 * Reads xbrli:context and xbrli:unit (with their xbrldi members and xbrli:measures) out of
 * ix:resources. A resource still open when the input ends (truncated file) is dropped, not half-kept.
 */
export class ResourceReader {
  readonly contexts = new Map<string, ContextInfo>();
  readonly units = new Map<string, string>();
  private context: ContextDraft | null = null;
  private unit: UnitDraft | null = null;

  constructor(
    private readonly capture: Capture,
    private readonly inputEnded: () => boolean,
  ) {}

  /** Elements in the xbrli namespace (XBRL 2.1 §4.7 contexts, §4.8 units). */
  openXbrli(local: string, attribs: Record<string, string>): Closer {
    const context = this.context;
    const unit = this.unit;
    switch (local) {
      case "context": {
        const draft = newContextDraft(attribs.id?.trim() ?? "");
        this.context = draft;
        return () => {
          if (!this.inputEnded() && !this.contexts.has(draft.id)) this.contexts.set(draft.id, finishContext(draft));
          this.context = null;
        };
      }
      case "startDate":
      case "endDate":
      case "instant": {
        if (!context) return null;
        const key = local === "startDate" ? "start" : local === "endDate" ? "end" : "instant";
        return this.capture((text) => {
          context[key] = datePart(text);
        });
      }
      case "unit": {
        const draft = newUnitDraft(attribs.id?.trim() ?? "");
        this.unit = draft;
        return () => {
          if (!this.inputEnded() && !this.units.has(draft.id)) this.units.set(draft.id, unitString(draft));
          this.unit = null;
        };
      }
      case "unitNumerator":
      case "unitDenominator":
        if (!unit) return null;
        unit.target = local === "unitDenominator" ? "denominator" : "numerator";
        return () => {
          unit.target = "numerator";
        };
      case "measure": {
        if (!unit) return null;
        const target = unit[unit.target];
        return this.capture((text) => target.push(text.trim()));
      }
      default:
        return null;
    }
  }

  /**
   * xbrldi members, in xbrli:segment or xbrli:scenario alike (XBRL Dimensions 1.0 §2.7): an explicit
   * member's text is a member QName, a typed member's descendant text is the typed value.
   */
  openXbrldi(local: string, attribs: Record<string, string>): Closer {
    const context = this.context;
    if (!context || (local !== "explicitMember" && local !== "typedMember")) return null;
    const dimension = attribs.dimension?.trim() ?? "";
    return this.capture((text) => context.dims.push([dimension, text.trim()]));
  }
}
