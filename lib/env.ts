import { z } from "zod";
import { OCID_PREFIX_PATTERN, PLACEHOLDER_OCID_PREFIX } from "@/lib/domain/ocds/ocds-format";
import { DEFAULT_LICENSE } from "@/lib/domain/ocds/ocds-model";

// The one reader of process.env for the app (scripts/ and config files read their own).
// Validated lazily so that `next build` does not need a database URL.
const flag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set: start the app with `npm start`."),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.url().optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("Single sign-on"),
  TRUST_PROXY: flag,
  // Open data (docs/ocds.md): the ocid prefix registered with the OCDS helpdesk, the publisher
  // named in every release package, and the licence of the data.
  OCDS_OCID_PREFIX: z
    .string()
    .regex(OCID_PREFIX_PATTERN, "must be ocds- and six lower-case letters or digits, e.g. ocds-a1b2c3")
    .default(PLACEHOLDER_OCID_PREFIX),
  OCDS_PUBLISHER_NAME: z.string().trim().min(1).max(300).default("Tender Commons"),
  OCDS_PUBLISHER_URI: z.url().optional(),
  OCDS_LICENSE: z.url().default(DEFAULT_LICENSE),
  OCDS_PUBLICATION_POLICY: z.url().optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (!cached) {
    const emptyAsUndefined = Object.fromEntries(
      Object.entries(process.env).map(([key, value]) => [key, value === "" ? undefined : value]),
    );
    const parsed = envSchema.safeParse(emptyAsUndefined);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
      throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function isOidcEnabled(env: Env = getEnv()): boolean {
  return Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
}
