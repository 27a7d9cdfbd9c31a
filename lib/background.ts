import "server-only";
import { after } from "next/server";
import { log } from "@/lib/observability/log";

/**
 * Runs work once the response has been sent: its duration and outcome cannot
 * be read from the response (a forgot-password answer takes the same time
 * whether or not it sends an email). A failure is logged, never shown to
 * anyone and never an unhandled rejection.
 */
export function afterResponse(name: string, task: () => Promise<void>): void {
  after(async () => {
    try {
      await task();
    } catch (error) {
      log.error({ task: name, err: { message: (error as Error).message, code: (error as Error & { code?: string }).code } }, "background task failed");
    }
  });
}
