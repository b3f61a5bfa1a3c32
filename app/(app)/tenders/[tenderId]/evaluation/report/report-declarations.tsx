import { getFormatter, getTranslations } from "next-intl/server";
import { TableHead } from "@/components/ui/table-head";
import type { Declaration } from "@/lib/server/evaluation/load-award-report";

/**
 * The panel and its declarations (Art. 24): who sat on it in which role, when each signed the
 * declaration of absence of conflict of interest and of confidentiality and confirmed it against
 * the bidders' names, the conflicts declared (and the lots left because of them), removals, and
 * when each evaluator submitted.
 */
export async function ReportDeclarations({ declarations }: { declarations: readonly Declaration[] }) {
  const [t, format] = await Promise.all([getTranslations("awardReport.declarations"), getFormatter()]);
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "—");
  return (
    <section aria-labelledby="declarations-heading" className="report-section mb-10">
      <h2 id="declarations-heading" className="mb-3 text-2xl">
        {t("heading")}
      </h2>
      {declarations.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("caption")}</caption>
          <TableHead columns={[t("member"), t("role"), t("signed"), t("confirmed"), t("conflicts"), t("submitted")]} />
          <tbody>
            {declarations.map((member) => (
              <tr key={member.email} className="border-b border-line align-top">
                <th scope="row" className="py-1 pr-4 font-normal">
                  {member.name}
                  <span className="text-muted block">{member.email}</span>
                </th>
                <td className="py-1 pr-4">{t(member.panelRole === "CHAIR" ? "chair" : "evaluator")}</td>
                <td className="py-1 pr-4">{when(member.signedAt)}</td>
                <td className="py-1 pr-4">{when(member.confirmedWithNamesAt)}</td>
                <td className="py-1 pr-4">
                  {member.conflicts.length === 0 ? (
                    t("noConflict")
                  ) : (
                    <ul className="list-disc pl-5">
                      {member.conflicts.map((conflict) => (
                        <li key={`${conflict.bidId}-${conflict.at}`}>
                          {t("conflict", {
                            number: conflict.receiptNumber,
                            note: conflict.note,
                            lot: conflict.lotKey ?? "—",
                          })}
                        </li>
                      ))}
                    </ul>
                  )}
                  {member.removedAt ? (
                    <p className="font-semibold">
                      {t("removed", { date: when(member.removedAt), reason: member.removedReason })}
                    </p>
                  ) : null}
                </td>
                <td className="py-1 pr-4">{member.panelRole === "CHAIR" ? "—" : when(member.submittedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
