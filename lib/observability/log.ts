import pino from "pino";
import { env } from "@/lib/env";
import { currentRequestId } from "./context";

/**
 * Structured JSON logs, one object per line, each with the request id of the
 * request it belongs to. Anything that could be a secret is redacted by path,
 * whatever logged it. Silent under test unless LOG_LEVEL says otherwise.
 */
function createLogger() {
  const level = env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info");
  return pino({
    level,
    base: { service: "case-studies" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
    redact: {
      paths: [
        "password",
        "*.password",
        "currentPassword",
        "newPassword",
        "passwordHash",
        "*.passwordHash",
        "token",
        "*.token",
        "secret",
        "cookie",
        "headers.cookie",
        "headers.authorization",
        "authorization",
      ],
      censor: "[redacted]",
    },
  });
}

const globalForLog = globalThis as unknown as { __log?: pino.Logger };
export const log = (globalForLog.__log ??= createLogger());
