import type { ReactNode } from "react";
import { CitationCards } from "@/components/ui/CitationCards";
import { SiteFooter } from "@/components/ui/SiteFooter";
import { SiteHeader } from "@/components/ui/SiteHeader";

/** The site's chrome; embeds (app/embed) render without it. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" className="container">
        {children}
      </main>
      <SiteFooter />
      <CitationCards />
    </>
  );
}
