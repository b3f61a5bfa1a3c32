import { getFormatter, getTranslations } from "next-intl/server";
import { TableHead } from "@/components/ui/table-head";
import type { OverviewMember } from "@/lib/server/evaluation/overview";

/**
 * The panel's members and where each stands: declaration, submission, conflicts (where the viewer
 * may see them). In words, not colours, so that the table reads the same to everyone.
 */
export async function MemberTable({ members }: { members: OverviewMember[] }) {
  const [t, format] = await Promise.all([getTranslations("evaluation.overview"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const declaration = (member: OverviewMember) => {
    switch (member.stage) {
      case "TO_SIGN":
        return t("declaration.toSign");
      case "TO_CONFIRM_NAMES":
        return t("declaration.toConfirm", { date: when(member.declarationSignedAt!) });
      case "COMPLETE":
        return member.declarationConfirmedWithNamesAt
          ? t("declaration.confirmed", { date: when(member.declarationConfirmedWithNamesAt) })
          : t("declaration.signed", { date: when(member.declarationSignedAt!) });
      case "REMOVED":
        return t("declaration.removed");
    }
  };
  const scores = (member: OverviewMember) => {
    if (member.role === "CHAIR") return t("scores.chair");
    if (member.removedAt) return t("scores.removed");
    if (!member.submittedAt && !member.expectedToScore) {
      return member.excludedLotKeys.length > 0 ? t("scores.notExpectedConflict") : t("scores.notExpectedNoBids");
    }
    return member.submittedAt ? t("scores.submitted", { date: when(member.submittedAt) }) : t("scores.notSubmitted");
  };
  return (
    <section aria-labelledby="members-heading" className="mb-10">
      <h2 id="members-heading" className="mb-2 text-2xl">
        {t("membersHeading")}
      </h2>
      <p className="mb-4">{t("membersLead")}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-left">
          <caption className="sr-only">{t("membersCaption")}</caption>
          <TableHead
            columns={[t("name"), t("role"), t("declarationColumn"), t("scoresColumn"), t("conflictsColumn")]}
          />
          <tbody>
            {members.map((member) => (
              <tr key={member.id} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4 font-semibold">
                  {member.name || member.email}
                </th>
                <td className="py-2 pr-4">{member.role === "CHAIR" ? t("roleChair") : t("roleEvaluator")}</td>
                <td className="py-2 pr-4">{declaration(member)}</td>
                <td className="py-2 pr-4">{scores(member)}</td>
                <td className="py-2 pr-4">
                  {member.conflicts === null ? (
                    member.removedAt || member.excludedLotKeys.length > 0 ? (
                      t("conflictsHidden")
                    ) : (
                      t("noConflict")
                    )
                  ) : member.conflicts.length === 0 ? (
                    t("noConflict")
                  ) : (
                    <ul className="space-y-2">
                      {member.conflicts.map((conflict) => (
                        <li key={`${conflict.bidId}-${conflict.at}`}>
                          <span className="font-semibold">
                            {conflict.lotKey
                              ? t("conflictWithLot", { number: conflict.receiptNumber, lot: conflict.lotKey })
                              : t("conflictWith", { number: conflict.receiptNumber })}
                          </span>
                          <span className="block whitespace-pre-line">{conflict.note}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
