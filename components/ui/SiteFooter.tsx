import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        Every number links to the filing, company release or article it comes from. Gaps are shown as gaps; nothing is
        interpolated. <Link href="/methodology">How we choose between sources</Link>.
      </div>
    </footer>
  );
}
