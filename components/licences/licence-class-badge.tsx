import { getTranslations } from "next-intl/server";
import type { LicenceClass } from "@/lib/domain/licences";

/** Colour helps, but the class is always said in words, with a symbol that screen readers skip. */
const STYLE: Record<LicenceClass, { classes: string; symbol: string }> = {
  OPEN: { classes: "border-success bg-green-50 text-success", symbol: "✓" },
  FREE_NOT_OSI: { classes: "border-brand bg-blue-50 text-brand-dark", symbol: "✓" },
  NOT_OPEN: { classes: "border-danger bg-red-50 text-danger", symbol: "✗" },
  UNKNOWN: { classes: "border-ink bg-surface text-ink", symbol: "?" },
};

/** The licence class as a badge: "✓ Open source", "✗ Not open", "? Unknown". */
export async function LicenceClassBadge({ licenceClass }: { licenceClass: LicenceClass }) {
  const t = await getTranslations("licences.class");
  const style = STYLE[licenceClass];
  return (
    <strong className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm ${style.classes}`}>
      <span aria-hidden="true">{style.symbol}</span>
      {t(licenceClass)}
    </strong>
  );
}
