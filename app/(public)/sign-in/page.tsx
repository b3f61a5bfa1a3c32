import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { getEnv, isOidcEnabled } from "@/lib/env";
import { localPathField } from "@/lib/schemas/language";
import { getViewer } from "@/lib/server/auth/viewer";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = localPathField.parse(typeof params.callbackUrl === "string" ? params.callbackUrl : "/home");
  if (await getViewer()) redirect(callbackUrl === "/" ? "/home" : callbackUrl);

  const t = await getTranslations("signIn");
  const env = getEnv();
  const providerError = typeof params.error === "string" ? params.error : undefined;
  return (
    <div className="max-w-xl">
      <PageHeading title={t("title")} lead={t("lead")} />
      <SignInForm
        callbackUrl={callbackUrl === "/" ? "/home" : callbackUrl}
        oidcName={isOidcEnabled(env) ? env.OIDC_NAME : null}
        providerError={providerError}
      />
    </div>
  );
}
