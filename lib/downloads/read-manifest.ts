import fs from "node:fs";
import { type DownloadManifest, downloadManifestSchema, downloadsDir, manifestPath } from "./dataset-files";

/** The current downloads' manifest, or null when none has been written yet. */
export function readDownloadManifest(dir = downloadsDir()): DownloadManifest | null {
  try {
    return downloadManifestSchema.parse(JSON.parse(fs.readFileSync(manifestPath(dir), "utf8")));
  } catch {
    return null;
  }
}
