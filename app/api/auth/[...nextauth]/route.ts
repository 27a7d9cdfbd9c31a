import { NextRequest, NextResponse } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { clientIp, describeWait, signInWait } from "@/lib/auth/rate-limit";
import { emailSchema } from "@/lib/validation/auth";

/**
 * The request as the browser addressed it. Next names a request by the port
 * this process listens on, so behind a proxy Auth.js would build a provider's
 * callback URL for the app's own port and redeem the code with a different
 * URL than it sent (docs/decisions/018). X-Forwarded-Host/Proto reach here
 * only from a trusted proxy (scripts/serve.ts drops them otherwise); AUTH_URL,
 * when set, wins over both inside Auth.js.
 */
function asAddressed(request: NextRequest): NextRequest {
  const host = request.headers.get("x-forwarded-host");
  if (!host || process.env.AUTH_URL) return request;
  const url = new URL(request.nextUrl.href);
  url.host = host;
  const proto = request.headers.get("x-forwarded-proto");
  if (proto === "http" || proto === "https") url.protocol = `${proto}:`;
  return new NextRequest(url, request);
}

export const GET = (request: NextRequest) => handlers.GET(asAddressed(request));

/** Auth.js's endpoints take small forms; anything larger is refused before it is read. */
const MAX_BODY_BYTES = 8 * 1024;

/**
 * Credential posts straight to Auth.js get the same limit as the form,
 * answered with a 429 (the attempt is counted inside `authorize`, before the
 * password is checked; this only explains a wait already in force).
 */
export async function POST(request: NextRequest) {
  const length = Number(request.headers.get("content-length") ?? Number.NaN);
  if (!Number.isFinite(length)) return NextResponse.json({ error: "Send a Content-Length with the request." }, { status: 411 });
  if (length > MAX_BODY_BYTES) return NextResponse.json({ error: "That request is too large." }, { status: 413 });
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request.clone().formData().catch(() => null);
    const email = emailSchema.safeParse(form?.get("email"));
    const limited = email.success ? await signInWait(clientIp(request.headers), email.data) : null;
    if (limited) {
      return NextResponse.json(
        { error: `Too many sign-in attempts. Try again in ${describeWait(limited)}.` },
        { status: 429, headers: { "Retry-After": String(limited.retryAfterSeconds) } },
      );
    }
  }
  return handlers.POST(asAddressed(request));
}
