import { NextResponse, type NextRequest } from "next/server";
import { parseSearchParams } from "@/lib/search/query";

/** True when the path has a percent-escape that is not valid UTF-8 (`/paths/%E0%A4%A`). */
function malformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * A page cannot set its HTTP status, so the proxy does it where a status
 * depends only on the URL: a path that cannot be decoded is answered 400 with
 * the usual not-found page (Next would otherwise fail while decoding the
 * route's params), and a bad /search query string is answered 400 while the
 * page renders the explanation. Everything else passes straight through.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (malformedPath(pathname)) return NextResponse.rewrite(new URL("/not-a-page", request.url), { status: 400 });
  if (pathname !== "/search") return NextResponse.next();
  const parsed = parseSearchParams(Object.fromEntries([...new Set(searchParams.keys())].map((key) => [key, searchParams.getAll(key)])));
  return parsed.ok ? NextResponse.next() : NextResponse.next({ status: 400 });
}

// Every page and route handler; static assets never reach the proxy.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
