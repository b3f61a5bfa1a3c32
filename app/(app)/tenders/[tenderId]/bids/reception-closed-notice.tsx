import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import type { ReceptionState } from "@/lib/server/bids/bid-reception-tender";

/** Why no bid can be registered now, in words the person can act on. */
export async function ReceptionClosedNotice({ state }: { state: ReceptionState }) {
  if (state === "OPEN") return null;
  const t = await getTranslations("bidReception.closed");
  return (
    <Notice title={t("title")}>
      <p>{t(state)}</p>
    </Notice>
  );
}
