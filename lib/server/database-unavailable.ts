import "server-only";

const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "ETIMEDOUT",
  "ECONNRESET",
  "EAI_AGAIN",
  "57P01",
  "57P03",
  "P1001",
  "P1002",
]);
/** Kinds of DriverAdapterError (Prisma 7 with @prisma/adapter-pg) that mean "no database to talk to". */
const UNREACHABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "SocketTimeout",
  "ConnectionClosed",
  "TooManyConnections",
]);

type ErrorLike = {
  code?: unknown;
  errorCode?: unknown;
  name?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
};

/** True when an error means the database cannot be reached, as opposed to a bug or bad data. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as ErrorLike;
    if (typeof candidate.code === "string" && UNREACHABLE_CODES.has(candidate.code)) return true;
    if (typeof candidate.errorCode === "string" && UNREACHABLE_CODES.has(candidate.errorCode)) return true;
    const kind = candidate.meta?.driverAdapterError?.cause?.kind;
    if (typeof kind === "string" && UNREACHABLE_KINDS.has(kind)) return true;
    if (candidate.name === "PrismaClientInitializationError") return true;
    if (
      typeof candidate.message === "string" &&
      /Can't reach database server|ECONNREFUSED|Connection terminated/i.test(candidate.message)
    ) {
      return true;
    }
    current = candidate.cause;
  }
  return false;
}
