import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getEnv, isOidcEnabled } from "@/lib/env";
import { signInSchema } from "@/lib/schemas/auth";
import { getDb } from "@/lib/server/db";
import { clientAddressFrom } from "./client-address";
import { linkOidcAccount } from "./link-oidc-account";
import { verifyCredentials } from "./verify-credentials";

/** Error codes the sign-in page translates; they never say whether an account exists. */
export const SIGN_IN_ERRORS = { invalid: "invalid", locked: "locked", oidcUnknown: "oidc_unknown" } as const;

const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

let options: NextAuthOptions | undefined;

export function getAuthOptions(): NextAuthOptions {
  options ??= buildAuthOptions();
  return options;
}

function buildAuthOptions(): NextAuthOptions {
  const env = getEnv();
  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "credentials",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const parsed = signInSchema.safeParse(credentials ?? {});
          if (!parsed.success) throw new Error(SIGN_IN_ERRORS.invalid);
          const outcome = await verifyCredentials(getDb(), {
            ...parsed.data,
            clientAddress: clientAddressFrom(request?.headers, env.TRUST_PROXY),
          });
          if (outcome.ok) return outcome.user;
          if (outcome.reason === "locked") {
            throw new Error(`${SIGN_IN_ERRORS.locked}:${Math.ceil(outcome.retryAfterMs / 60_000)}`);
          }
          throw new Error(SIGN_IN_ERRORS.invalid);
        },
      }),
      ...(isOidcEnabled(env) ? [oidcProvider(env)] : []),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== "oidc") return true;
        const linked = await linkOidcAccount(getDb(), { subject: account.providerAccountId, profile });
        return linked ? true : `/sign-in?error=${SIGN_IN_ERRORS.oidcUnknown}`;
      },
      async jwt({ token, user, account }) {
        if (account?.provider === "oidc") {
          const linked = await getDb().user.findUnique({
            where: { oidcSubject: account.providerAccountId },
            select: { id: true },
          });
          token.userId = linked?.id;
        } else if (user) {
          token.userId = user.id;
        }
        return token;
      },
      async session({ session, token }) {
        if (token.userId) {
          session.user = { id: token.userId, email: token.email ?? "", name: token.name ?? "" };
        }
        return session;
      },
    },
  };
}

function oidcProvider(env: ReturnType<typeof getEnv>): NonNullable<NextAuthOptions["providers"]>[number] {
  return {
    id: "oidc",
    name: env.OIDC_NAME,
    type: "oauth",
    wellKnown: `${env.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile(profile: { sub: string; email?: string; name?: string; preferred_username?: string }) {
      return {
        id: profile.sub,
        email: profile.email ?? null,
        name: profile.name ?? profile.preferred_username ?? null,
      };
    },
  };
}
