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
export const forbidden = () => new DataError(403, "You do not have permission to do that");
export const unauthenticated = () => new DataError(401, "Sign in to continue");

/** Prisma's unique-constraint violation: a racing duplicate, treated as success by idempotent writes. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
