import { type NextRequest, NextResponse } from "next/server";

/**
 * A path with a broken percent-escape (e.g. /companies/%E0%A4%A) cannot name anything; answer 400 here
 * instead of letting the router's decoder fail with a 500.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad request: the address contains an invalid percent-encoding.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return NextResponse.next();
}

export const config = { matcher: "/((?!_next/static|_next/image).*)" };
