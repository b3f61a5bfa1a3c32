import { getFormatter, getTranslations } from "next-intl/server";
import { TableHead } from "@/components/ui/table-head";
import type { AuditTrailSummary } from "@/lib/domain/award/audit-summary";

/**
 * The evaluation's audit trail in short: how many events of each kind since the opening was
 * requested, and the key events (opening, declarations, submissions, reopenings, consensus, award,
 * status changes) with their time and who acted. Administrators read every event under Audit log.
 */
export async function ReportAuditTrail({
  trail,
  actorNames,
}: {
  trail: AuditTrailSummary;
  actorNames: ReadonlyMap<string, string>;
}) {
  const [t, tAudit, format] = await Promise.all([
    getTranslations("awardReport.audit"),
    getTranslations("audit"),
    getFormatter(),
  ]);
  // The audit log's words for an event, with its code for whoever searches the log.
  const actionName = (action: string) => {
    const key = `actions.${action}` as Parameters<typeof tAudit>[0];
    return tAudit.has(key) ? `${tAudit(key)} (${action})` : action;
  };
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const actor = (email: string | null) => (email ? `${actorNames.get(email) ?? email} (${email})` : t("system"));
  return (
    <section aria-labelledby="audit-heading" className="report-section mb-10">
      <h2 id="audit-heading" className="mb-3 text-2xl">
        {t("heading")}
      </h2>
      <p className="mb-3 max-w-3xl">
        {trail.total === 0
          ? t("empty")
          : t("summary", { count: trail.total, first: when(trail.firstAt!), last: when(trail.lastAt!) })}
      </p>
      {trail.total > 0 ? (
        <>
          <table className="mb-6 border-collapse text-left">
            <caption className="mb-1 text-left font-semibold">{t("countsCaption")}</caption>
            <TableHead columns={[t("action"), t("count")]} />
            <tbody>
              {trail.byAction.map((entry) => (
                <tr key={entry.action} className="border-b border-line">
                  <th scope="row" className="py-1 pr-6 font-normal">
                    {actionName(entry.action)}
                  </th>
                  <td className="py-1 pr-4 tabular-nums">{entry.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="w-full border-collapse text-left">
            <caption className="mb-1 text-left font-semibold">{t("keyCaption")}</caption>
            <TableHead columns={[t("when"), t("action"), t("actor")]} />
            <tbody>
              {trail.keyEvents.map((event, index) => (
                <tr key={index} className="border-b border-line">
                  <td className="py-1 pr-4 whitespace-nowrap">{when(event.occurredAt)}</td>
                  <td className="py-1 pr-4">{actionName(event.action)}</td>
                  <td className="py-1 pr-4">{actor(event.actorEmail)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
