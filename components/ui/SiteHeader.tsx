import Link from "next/link";
import { ThemeToggle } from "./ThemeToggle";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container">
        <Link href="/" className="brand">
          Miner<span>Pivot</span>
        </Link>
        <nav className="site-nav" aria-label="Main">
          <Link href="/">Overview</Link>
          <Link href="/compare">Compare</Link>
          <Link href="/changes">Changes</Link>
          <Link href="/data">Data</Link>
          <Link href="/methodology">Methodology</Link>
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}
