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
 * A server action called from the page sends its arguments as JSON text (React's
 * reply encoding); anything else in a text body is not from our pages, and Next
 * would fail on it with a 500. Form posts (multipart, urlencoded) pass through.
 */
async function wellFormedActionBody(request: NextRequest): Promise<boolean> {
  if (!(request.headers.get("content-type") ?? "").startsWith("text/plain")) return true;
  try {
    JSON.parse(await request.clone().text());
    return true;
  } catch {
    return false;
  }
}

/**
 * A page cannot set its HTTP status, so the proxy does it where a status
 * depends only on the URL: a path that cannot be decoded is answered 400 with
 * the usual not-found page (Next would otherwise fail while decoding the
 * route's params), and a bad /search query string is answered 400 while the
 * page renders the explanation. Everything else passes straight through.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (malformedPath(pathname)) return NextResponse.rewrite(new URL("/not-a-page", request.url), { status: 400 });
  if (request.method === "POST" && request.headers.has("next-action") && !(await wellFormedActionBody(request))) {
    return NextResponse.json({ error: "That request could not be read. Reload the page and try again." }, { status: 400 });
  }
  if (pathname !== "/search") return NextResponse.next();
  const parsed = parseSearchParams(Object.fromEntries([...new Set(searchParams.keys())].map((key) => [key, searchParams.getAll(key)])));
  return parsed.ok ? NextResponse.next() : NextResponse.next({ status: 400 });
}

// Every page and route handler; static assets never reach the proxy.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
