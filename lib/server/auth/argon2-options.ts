/**
 * OWASP's first recommended argon2id configuration (m = 19 MiB, t = 2, p = 1). Kept apart from
 * password.ts (which is server-only) so that the seed script hashes demo passwords the same way.
 * `algorithm: 2` is Algorithm.Argon2id, a const enum that isolated modules cannot read.
 */
export const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
