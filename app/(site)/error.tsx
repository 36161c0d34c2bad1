"use client";

import Link from "next/link";

/** Shown instead of a blank page when data cannot be read (missing or damaged database, failed query). */
export default function SiteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>The data could not be loaded</h1>
      <p className="lede">
        MinerPivot could not read its database. If you run this site, check the server log
        {error.digest ? ` (error ${error.digest})` : ""}: the database file may be missing or damaged — `npm run
        db:ensure` recreates it from the curated dataset, `npm run db:restore` brings back a backup.
      </p>
      <p>
        <button type="button" className="theme-toggle" onClick={reset}>
          Try again
        </button>{" "}
        <Link href="/methodology">Read the methodology</Link>
      </p>
    </>
  );
}
