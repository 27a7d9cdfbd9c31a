/** Errors the data layer raises on purpose; callers turn them into 4xx responses or form messages. */
export class DataError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 422 | 429,
    message: string,
  ) {
    super(message);
    this.name = "DataError";
  }
}

export const notFound = (what = "That page") => new DataError(404, `${what} was not found`);

/** Prisma's unique-constraint violation: a racing duplicate, treated as success by idempotent writes. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
