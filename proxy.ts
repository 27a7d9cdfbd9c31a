import { NextResponse, type NextRequest } from "next/server";
import { parseSearchParams } from "@/lib/search/query";

/**
 * A page cannot set its HTTP status, so the proxy does it for /search: a bad
 * query string is answered 400 while the page renders the explanation.
 */
export function proxy(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const parsed = parseSearchParams(Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)])));
  return parsed.ok ? NextResponse.next() : NextResponse.next({ status: 400 });
}

export const config = { matcher: "/search" };
