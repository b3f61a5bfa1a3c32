import type { Section } from "../sections";
import { paragraph, textTable } from "../sections";
import { lines } from "./gates-ranking";
import type { ReportContext } from "./report-input";

/**
 * The panel and its declarations (Art. 24): who sat on it in which role, when each signed and
 * confirmed the declaration, the conflicts declared, removals, and when each evaluator submitted.
 */
export function declarationsSection(context: ReportContext): Section {
  const { text, declarations } = context;
  const t = (key: string, values?: Record<string, string | number>) =>
    text.t(`awardReport.declarations.${key}`, values);
  const when = (date: Date | null) => (date ? text.dateTime(date) : "—");
  return {
    title: t("heading"),
    anchor: "declarations",
    blocks:
      declarations.length === 0
        ? [paragraph(t("none"))]
        : [
            textTable(
              t("caption"),
              [t("member"), t("role"), t("signed"), t("confirmed"), t("conflicts"), t("submitted")],
              declarations.map((member) => [
                lines([member.name, member.email]),
                t(member.panelRole === "CHAIR" ? "chair" : "evaluator"),
                when(member.signedAt),
                when(member.confirmedWithNamesAt),
                lines([
                  ...(member.conflicts.length === 0
                    ? [t("noConflict")]
                    : member.conflicts.map((conflict) => t("conflict", { number: conflict.receiptNumber, note: conflict.note, lot: conflict.lotKey ?? "—" }))), // prettier-ignore
                  ...(member.removedAt ? [t("removed", { date: when(member.removedAt), reason: member.removedReason })] : []), // prettier-ignore
                ]),
                member.panelRole === "CHAIR" ? "—" : when(member.submittedAt),
              ]),
            ),
          ],
  };
}

/**
 * The evaluation's audit trail in short: how many events of each kind since the opening was
 * requested, and the key events with their time and who acted.
 */
export function auditSection(context: ReportContext): Section {
  const { text, auditTrail: trail, actorNames } = context;
  const t = (key: string, values?: Record<string, string | number>) => text.t(`awardReport.audit.${key}`, values);
  // The audit log's words for an event, with its code for whoever searches the log.
  const actionName = (action: string) =>
    text.has(`audit.actions.${action}`) ? `${text.t(`audit.actions.${action}`)} (${action})` : action;
  const actor = (email: string | null) => (email ? `${actorNames.get(email) ?? email} (${email})` : t("system"));
  return {
    title: t("heading"),
    anchor: "audit",
    blocks: [
      paragraph(
        trail.total === 0
          ? t("empty")
          : t("summary", { count: trail.total, first: text.dateTime(trail.firstAt!), last: text.dateTime(trail.lastAt!) }), // prettier-ignore
      ),
      ...(trail.total === 0
        ? []
        : [
            textTable(
              t("countsCaption"),
              [t("action"), { header: t("count"), align: "right" as const }],
              trail.byAction.map((entry) => [actionName(entry.action), text.number(entry.count)]),
            ),
            textTable(
              t("keyCaption"),
              [t("when"), t("action"), t("actor")],
              trail.keyEvents.map((event) => [text.dateTime(event.occurredAt), actionName(event.action), actor(event.actorEmail)]), // prettier-ignore
            ),
          ]),
    ],
  };
}
