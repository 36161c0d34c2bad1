import type { CompanyNoteView } from "@/lib/db/companies";

export function CompanyNotes({ notes, fiscalYearEnd }: { notes: CompanyNoteView[]; fiscalYearEnd: string }) {
  return (
    <ul className="notes-list">
      <li>
        <strong>Fiscal year</strong> ends {fiscalYearEnd === "12-31" ? "31 December" : fiscalYearEnd} (MM-DD).
      </li>
      {notes.map((n) => (
        <li key={n.topic}>
          <strong>{n.topic}</strong> {n.kind === "caveat" ? <span className="flag">caveat</span> : null}: {n.text}
        </li>
      ))}
    </ul>
  );
}
