import { getTranslations } from "next-intl/server";
import type { LicenceReason } from "@/lib/domain/licences";

/** Why an expression got its class, one reason per item, in the reader's language. */
export async function LicenceReasons({ reasons }: { reasons: readonly LicenceReason[] }) {
  const t = await getTranslations();
  return (
    <ul className="list-disc space-y-1 pl-6">
      {reasons.map((reason, index) => (
        <li key={`${reason.code}-${index}`}>{t(reason.code, reason.values as Record<string, string | number>)}</li>
      ))}
    </ul>
  );
}
