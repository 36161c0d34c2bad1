"use client";

/** Last-resort error page when even the layout fails; plain HTML so it cannot fail the same way. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", maxWidth: "40rem" }}>
        <h1>MinerPivot is unavailable</h1>
        <p>
          The site could not start this page{error.digest ? ` (error ${error.digest})` : ""}. If you run it, check the
          server log: the database may be missing or damaged (`npm run db:ensure`, `npm run db:restore`).
        </p>
      </body>
    </html>
  );
}
