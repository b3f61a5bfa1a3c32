"use client";
import { useTranslations } from "next-intl";
import { FormShell } from "@/components/forms/form-shell";
import { TextField } from "@/components/forms/text-field";
import { ProblemList } from "@/components/ui/problem-list";
import { PROCEDURE_RULES } from "@/lib/domain/tender/procedures";
import type { ProcedureType } from "@/lib/domain/tender/tender-enums";
import { checkTimeline, TIME_LIMITS } from "@/lib/domain/tender/time-limits";
import { timelineSchema, type TimelineInput } from "@/lib/schemas/tender";
import { saveTimelineAction } from "../actions";
import { useSectionForm } from "../use-section-form";

type DateField =
  | "publicationDate"
  | "requestsDeadline"
  | "invitationDate"
  | "clarificationDeadline"
  | "tenderDeadline"
  | "openingDate";

export function TimelineForm({
  procedure,
  isAboveThreshold,
  values,
}: {
  procedure: ProcedureType | null;
  isAboveThreshold: boolean;
  values: TimelineInput & { tenderId: string; version: number };
}) {
  const t = useTranslations("tenders.timeline");
  const section = useSectionForm({
    schema: timelineSchema,
    action: saveTimelineAction,
    values,
  });
  const { form, field } = section;
  const dates = procedure
    ? datesFor(procedure)
    : (["publicationDate", "clarificationDeadline", "tenderDeadline", "openingDate"] as DateField[]);
  const watched = form.watch();
  const blank = (value: string | undefined) => (value ? value : null);
  // The time limits, checked live as dates are typed; they warn, they do not stop a save.
  const problems = procedure
    ? checkTimeline({
        procedure,
        isAboveThreshold,
        publicationDate: blank(watched.publicationDate),
        requestsDeadline: blank(watched.requestsDeadline),
        invitationDate: blank(watched.invitationDate),
        clarificationDeadline: blank(watched.clarificationDeadline),
        tenderDeadline: blank(watched.tenderDeadline),
        openingDate: blank(watched.openingDate),
      }).filter((problem) => problem.severity !== "incomplete")
    : [];

  return (
    <FormShell
      state={section}
      submitLabel={t("save")}
      beforeForm={procedure ? null : <p className="mb-6">{t("chooseProcedureFirst")}</p>}
    >
      {dates.map((date) => (
        <TextField
          key={date}
          {...field(date)}
          type="date"
          label={t(`${date}.label`)}
          hint={t(`${date}.hint`)}
          className="max-w-[12rem]"
        />
      ))}
      <section aria-labelledby="timeline-checks" className="mb-6">
        <h2 id="timeline-checks" className="mb-2 text-xl">
          {t("checksHeading")}
        </h2>
        {procedure ? (
          <ProblemList problems={problems} emptyText={t("noProblems")} />
        ) : (
          <p>{t("chooseProcedureFirst")}</p>
        )}
      </section>
    </FormShell>
  );
}

/** The dates a procedure has: two-stage procedures add requests and invitations (Arts 28–31). */
function datesFor(procedure: ProcedureType): DateField[] {
  const twoStage = TIME_LIMITS[procedure].requests !== null;
  const published = PROCEDURE_RULES[procedure].priorPublication;
  return [
    ...(published ? (["publicationDate"] as const) : []),
    ...(twoStage ? (["requestsDeadline"] as const) : []),
    ...(twoStage || !published ? (["invitationDate"] as const) : []),
    "clarificationDeadline",
    "tenderDeadline",
    "openingDate",
  ];
}
