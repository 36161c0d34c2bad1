-- What a holdings figure counts (as-reported, excluding-collateral, including-restricted,
-- including-pledged-or-loaned); existing rows are as reported until the seed or an import sets it.
ALTER TABLE "Observation" ADD COLUMN "basis" TEXT NOT NULL DEFAULT 'as-reported';
-- How a figure computed from stated ones in the same document was derived (null: stated as is).
ALTER TABLE "Observation" ADD COLUMN "derivation" TEXT;
