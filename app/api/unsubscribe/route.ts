import { unsubscribe } from "@/lib/data/notifications";
import { env } from "@/lib/env";
import { log } from "@/lib/observability/log";
import { verifyUnsubscribe } from "@/lib/notifications/unsubscribe";

/*
 * One-click unsubscribe (RFC 8058; docs/decisions/017). Mail clients POST
 * `List-Unsubscribe=One-Click` to the List-Unsubscribe URL of an assignment
 * email; the signed query string is the authorization, so no session or
 * cookie is needed. A GET (a person or a scanner following the URL) changes
 * nothing and is sent to the page with the confirm button.
 */

const text = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

function params(request: Request) {
  const url = new URL(request.url);
  return { u: url.searchParams.get("u") ?? undefined, k: url.searchParams.get("k") ?? undefined, s: url.searchParams.get("s") ?? undefined };
}

export async function POST(request: Request): Promise<Response> {
  const valid = verifyUnsubscribe(env.AUTH_SECRET, params(request));
  if (!valid) return text("This unsubscribe link is not valid.\n", 400);
  await unsubscribe(valid.userId, valid.kind);
  log.info({ event: "unsubscribed", kind: valid.kind, userId: valid.userId, via: "one-click" }, "unsubscribed");
  return text("Unsubscribed.\n", 200);
}

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  return new Response(null, { status: 303, headers: { location: `/unsubscribe${url.search}`, "cache-control": "no-store" } });
}
