import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { OpennessReadiness } from "@/lib/domain/lint";
import { Notice } from "@/components/ui/notice";

const TONE = { ready: "success", needsWork: "info", blocked: "danger" } as const;

/** The task list's "Openness readiness" line: the level in words, the counts, and the way to the check. */
export async function OpennessReadinessSummary({
  tenderId,
  readiness,
  showLink = true,
}: {
  tenderId: string;
  readiness: OpennessReadiness;
  showLink?: boolean;
}) {
  const [t, tOpenness] = await Promise.all([getTranslations("lint.readiness"), getTranslations("tenders.openness")]);
  return (
    <section aria-labelledby="openness-readiness-heading">
      <Notice tone={TONE[readiness.level]}>
        <h2 id="openness-readiness-heading" className="mb-1 text-xl">
          {t("title")}
        </h2>
        <p className="font-semibold">{t(readiness.level)}</p>
        <p>
          {t("summary", { errors: readiness.errors, warnings: readiness.warnings })}
          {readiness.dismissed > 0 ? <>. {t("dismissed", { count: readiness.dismissed })}</> : null}
        </p>
        {showLink ? (
          <p className="mt-2">
            <Link href={`/tenders/${tenderId}/openness`}>{tOpenness("readinessLink")}</Link>
          </p>
        ) : null}
      </Notice>
    </section>
  );
}
