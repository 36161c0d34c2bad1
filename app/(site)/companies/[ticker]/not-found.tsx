import Link from "next/link";

export default function CompanyNotFound() {
  return (
    <>
      <h1>Company not found</h1>
      <p className="lede">MinerPivot does not track a company with that ticker.</p>
      <p>
        <Link href="/">See every tracked miner</Link>
      </p>
    </>
  );
}
