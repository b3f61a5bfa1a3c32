import { getFormatter, getTranslations } from "next-intl/server";

/** The changelog of each version published since the tender's sections were taken. */
export async function NewerVersions({
  versions,
}: {
  versions: readonly { number: number; changelog: string; publishedAt: Date }[];
}) {
  if (versions.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("templateReuse.updates"), getFormatter()]);
  return (
    <section aria-labelledby="newer-versions-heading" className="mb-10">
      <h2 id="newer-versions-heading" className="mb-3 text-2xl">
        {t("newerHeading")}
      </h2>
      <ol className="space-y-3">
        {versions.map((version) => (
          <li key={version.number} className="border-brand border-l-4 pl-4">
            <p className="font-semibold">
              {t("versionPublished", {
                version: version.number,
                date: format.dateTime(version.publishedAt, { dateStyle: "long" }),
              })}
            </p>
            <p className="whitespace-pre-line">{version.changelog || t("noChangelog")}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
