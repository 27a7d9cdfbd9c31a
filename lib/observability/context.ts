import { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = { requestId: string };

/**
 * The request being served, set by scripts/serve.ts around Next's handler, so
 * every log line can carry its request id. One instance per process (on
 * globalThis), shared by the server and every bundle Next loads.
 */
const globalForContext = globalThis as unknown as { __requestContext?: AsyncLocalStorage<RequestContext> };
export const requestContext = (globalForContext.__requestContext ??= new AsyncLocalStorage<RequestContext>());

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
