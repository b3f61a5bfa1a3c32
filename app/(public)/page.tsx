import Link from "next/link";
import { getTranslations } from "next-intl/server";

const AUDIENCES = ["drafters", "evaluators", "ospo"] as const;

export default async function LandingPage() {
  const t = await getTranslations("landing");
  return (
    <>
      <section className="mb-10 max-w-3xl">
        <h1 className="mb-4 text-4xl">{t("title")}</h1>
        <p className="text-muted mb-6 text-xl">{t("lead")}</p>
        <div className="flex flex-wrap gap-4">
          <Link
            href="/sign-in"
            className="bg-brand rounded px-5 py-3 font-semibold text-white no-underline hover:bg-brand-dark"
          >
            {t("signIn")}
          </Link>
          <Link href="/catalogue" className="rounded border-2 border-brand px-5 py-3 font-semibold no-underline">
            {t("browseTemplates")}
          </Link>
        </div>
      </section>
      <section aria-labelledby="audiences-heading">
        <h2 id="audiences-heading" className="mb-4">
          {t("audiencesHeading")}
        </h2>
        <ul className="grid gap-6 md:grid-cols-3">
          {AUDIENCES.map((audience) => (
            <li key={audience} className="bg-surface rounded border border-line p-5">
              <h3 className="mb-2">{t(`audiences.${audience}.title`)}</h3>
              <p>{t(`audiences.${audience}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="why-heading" className="mt-10 max-w-3xl">
        <h2 id="why-heading" className="mb-3">
          {t("whyHeading")}
        </h2>
        <p>{t("whyBody")}</p>
      </section>
      <section aria-labelledby="open-data-heading" className="mt-10 max-w-3xl">
        <h2 id="open-data-heading" className="mb-3">
          {t("openDataHeading")}
        </h2>
        <p className="mb-3">{t("openDataBody")}</p>
        <Link href="/open-data" className="font-semibold">
          {t("openDataLink")}
        </Link>
      </section>
    </>
  );
}
