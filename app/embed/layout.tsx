import type { ReactNode } from "react";
import { CitationCards } from "@/components/ui/CitationCards";

/** Chart-only pages for other sites to frame: no site chrome, a link back to the full view. */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <main className="embed">{children}</main>
      {/* The quarter table's cited values open their source cards here too. */}
      <CitationCards />
    </>
  );
}
