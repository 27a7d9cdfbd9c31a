import { NextResponse, type NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { clientIp, describeWait, signInBlocked } from "@/lib/auth/rate-limit";
import { emailSchema } from "@/lib/validation/auth";

export const { GET } = handlers;

/** Credential posts straight to Auth.js get the same limit as the form, answered with a 429. */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request.clone().formData().catch(() => null);
    const email = emailSchema.safeParse(form?.get("email"));
    const limited = await signInBlocked(clientIp(request.headers), email.success ? email.data : "");
    if (limited) {
      return NextResponse.json(
        { error: `Too many sign-in attempts. Try again in ${describeWait(limited)}.` },
        { status: 429, headers: { "Retry-After": String(limited.retryAfterSeconds) } },
      );
    }
  }
  return handlers.POST(request);
}
