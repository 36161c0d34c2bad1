import Link from "next/link";
import { SiteFooter } from "@/components/ui/SiteFooter";
import { SiteHeader } from "@/components/ui/SiteHeader";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="container">
        <h1>Page not found</h1>
        <p className="lede">There is nothing at this address.</p>
        <p>
          <Link href="/">Back to the overview</Link>
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
