import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { SourceLine } from "@/components/ui/SourceLine";
import { CHANGE_KINDS, getChanges } from "@/lib/db/changes";
import { getCompanies } from "@/lib/db/companies";
import { type SourceKind, tierOfKind } from "@/lib/domain/source-tiers";
import { formatDate } from "@/lib/format";
import { CHANGE_KIND_LABELS, changeTitle } from "@/lib/views/change-text";

export const metadata: Metadata = {
  title: "What changed",
  alternates: { types: { "application/atom+xml": "/feed.xml" } },
};

const LIMIT = 300;
const paramsSchema = z.object({
  company: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.]{0,9}$/)
    .transform((s) => s.toUpperCase())
    .optional()
    .catch(undefined),
  kind: z.enum(CHANGE_KINDS).optional().catch(undefined),
});

/** Every change a refresh recorded, newest first, filterable by company and kind, each with its sources. */
export default async function ChangesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const { company, kind } = paramsSchema.parse({ company: first(raw.company), kind: first(raw.kind) });
  const [changes, companies] = await Promise.all([getChanges({ ticker: company, kind, limit: LIMIT }), getCompanies()]);
  const feed = company ? `/companies/${company}/feed.xml` : "/feed.xml";
  return (
    <>
      <h1>What changed</h1>
      <p className="lede">
        New figures, revised figures and new filings, as each refresh from SEC EDGAR found them, newest first. A
        revision shows the old and the new value with both sources. Follow it in a feed reader:{" "}
        <a href={feed}>Atom feed{company ? ` for ${company}` : ""}</a>.
      </p>
      <form method="get" action="/changes" className="controls" aria-label="Filter the changes">
        <label>
          Company{" "}
          <select name="company" defaultValue={company ?? ""}>
            <option value="">All companies</option>
            {companies.map((c) => (
              <option key={c.ticker} value={c.ticker}>
                {c.ticker} — {c.name}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          Kind{" "}
          <select name="kind" defaultValue={kind ?? ""}>
            <option value="">All kinds</option>
            {CHANGE_KINDS.map((k) => (
              <option key={k} value={k}>
                {CHANGE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>{" "}
        <button type="submit">Show</button>
      </form>
      {changes.length === 0 ? (
        <p className="notice" role="status">
          No change recorded{company ? ` for ${company}` : ""}
          {kind ? ` of this kind` : ""} yet. Changes appear here when <code>npm run refresh</code> imports new filings
          from EDGAR.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption className="muted small" style={{ textAlign: "left", padding: "0.5rem 0.6rem" }}>
              {changes.length === LIMIT ? `The newest ${LIMIT} changes.` : `${changes.length} changes.`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Recorded</th>
                <th scope="col">Kind</th>
                <th scope="col">Change</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.id}>
                  <td>{formatDate(c.at.slice(0, 10))}</td>
                  <td>{CHANGE_KIND_LABELS[c.kind]}</td>
                  <td>
                    <Link href={`/companies/${c.ticker}`}>{c.ticker}</Link>
                    {changeTitle(c).slice(c.ticker.length)}
                  </td>
                  <td>
                    <SourceCell source={c.source} />
                    {c.oldSource && c.oldSource.url !== c.source.url ? (
                      <>
                        <br />
                        <span className="muted small">was: </span>
                        <SourceCell source={c.oldSource} />
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** The change's document, named as every source is named on the site (form, date, tier, link). */
function SourceCell({ source }: { source: { url: string; kind: string; date: string | null } }) {
  // "10-Q/A" keeps its EDGAR form on the change; its tier is the report's. Stored kinds were validated on import.
  const tier = tierOfKind(source.kind.replace(/\/A$/, "") as SourceKind) ?? "secondary";
  return <SourceLine source={{ url: source.url, kind: source.kind as SourceKind, date: source.date, tier }} />;
}
