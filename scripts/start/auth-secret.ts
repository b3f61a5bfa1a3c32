import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fromRoot } from "../project-root";

const SECRET_FILE = fromRoot(".data", "auth-secret");

// NextAuth signs sessions with NEXTAUTH_SECRET. Outside production a random one is made once
// and kept, so that sessions survive restarts without anyone having to configure it.
export function ensureAuthSecret(production: boolean): string {
  const configured = process.env.NEXTAUTH_SECRET;
  if (configured) return configured;
  if (production) {
    throw new Error(
      "NEXTAUTH_SECRET must be set when NODE_ENV=production: it signs the session cookies.\n" +
        "Generate one with: openssl rand -base64 32",
    );
  }
  try {
    return fs.readFileSync(SECRET_FILE, "utf8").trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    fs.mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
    fs.writeFileSync(SECRET_FILE, `${secret}\n`, { mode: 0o600 });
    return secret;
  }
}
