import "server-only";
import type { CompanySummary } from "../domain/types";
import { getPrisma } from "./client";

const summary = {
  ticker: true,
  name: true,
  formerNames: true,
  cik: true,
  exchange: true,
  fiscalYearEnd: true,
  website: true,
} as const;

export async function getCompanies(): Promise<CompanySummary[]> {
  return getPrisma().company.findMany({ select: summary, orderBy: { ticker: "asc" } });
}

export async function getCompany(ticker: string): Promise<CompanySummary | null> {
  return getPrisma().company.findUnique({ where: { ticker }, select: summary });
}

export interface CompanyNoteView {
  kind: "definition" | "caveat";
  topic: string;
  text: string;
}

export async function getCompanyNotes(ticker: string): Promise<CompanyNoteView[]> {
  const rows = await getPrisma().companyNote.findMany({ where: { company: { ticker } }, orderBy: { id: "asc" } });
  return rows.map((n) => ({ kind: n.kind === "caveat" ? "caveat" : "definition", topic: n.topic, text: n.text }));
}
