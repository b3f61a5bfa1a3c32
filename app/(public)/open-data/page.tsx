import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { OCDS_RELEASES_PATH } from "@/lib/server/ocds/ocds-releases";
import { ocdsSettings } from "@/lib/server/ocds/ocds-settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("openData");
  return { title: t("title") };
}

/** For anyone: what the OCDS releases hold and leave out, where to get them, under which licence (docs/ocds.md). */
export default async function OpenDataPage() {
  const t = await getTranslations("openData");
  const settings = ocdsSettings();
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeading title={t("title")} lead={t("lead")} />
      <h2>{t("publishedHeading")}</h2>
      <p>{t("publishedBody")}</p>
      <h2>{t("neverHeading")}</h2>
      <p>{t("neverBody")}</p>
      <h2>{t("accessHeading")}</h2>
      <p>{t("accessBody")}</p>
      <p>
        {/* A plain link: the browser shows the JSON, and a harvester can copy the address. */}
        <a href={OCDS_RELEASES_PATH} className="font-semibold">
          {t("download")}
        </a>
      </p>
      <p>{t("parameters")}</p>
      <p>{t("identifiers", { prefix: settings.ocidPrefix })}</p>
      <h2>{t("licenceHeading")}</h2>
      <p>
        {t("licenceBody", { publisher: settings.publisher.name })}{" "}
        <a href={settings.license} className="break-all">
          {settings.license}
        </a>
      </p>
      <p>
        <a href="https://standard.open-contracting.org/1.1/en/">{t("standardLink")}</a>
      </p>
    </div>
  );
}
