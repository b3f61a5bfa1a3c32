import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCpvCsv } from "@/lib/domain/cpv/parse-cpv-csv";
import { addDays, daysBetween, isWeekend } from "@/lib/domain/tender/calendar-date";
import { checkTender } from "@/lib/domain/tender/check-tender";
import { hasErrors } from "@/lib/domain/tender/problem";
import { checkProcedureChoice, PROCEDURE_RULES } from "@/lib/domain/tender/procedures";
import { TENDER_SECTIONS } from "@/lib/domain/tender/tender-tasks";
import { assessEuThreshold } from "@/lib/domain/tender/thresholds";
import { checkDeadlineChanges } from "@/lib/domain/tender/corrigendum";
import { checkTransition } from "@/lib/domain/tender/tender-status";
import { can } from "@/lib/domain/permissions";
import { checkTimeline } from "@/lib/domain/tender/time-limits";
import { LOCALES } from "@/lib/i18n/config";
import { TENDER_SELECT, toTenderDto } from "@/lib/server/tenders/tender-dto";
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS } from "./demo-accounts";
import {
  currentTimeline,
  demoTenderColumns,
  demoTenders,
  SNAPSHOT_FIELDS,
  tenderSnapshot,
  toDateColumn,
  type DemoTender,
  type DemoTimeline,
} from "./demo-tenders";
import { GRANTS_PLATFORM_TITLE } from "./demo-grants-tender";
import { HERITAGE_FUND_TITLE } from "./demo-heritage-tender";
import { OPEN_DATA_TITLE } from "./demo-open-data-tender";

const cpvCodes = new Set(
  parseCpvCsv(readFileSync(new URL("../data/cpv/cpv2008.csv", import.meta.url), "utf8")).map((entry) => entry.code8),
);

const TODAY = "2026-11-21";
const CASE_MANAGEMENT_TITLE = "Development of a case management system released under EUPL-1.2";
const tenders = demoTenders(TODAY);

function isAboveThreshold(tender: DemoTender): boolean {
  const organisation = DEMO_ORGANISATIONS.find((candidate) => candidate.referencePrefix === tender.organisation)!;
  return assessEuThreshold({
    authorityType: organisation.authorityType,
    contractNature: tender.contractNature,
    estimatedValueCents: Number(tender.estimatedValueCents),
  }).isAboveThreshold;
}

function timelineProblems(tender: DemoTender, timeline: DemoTimeline = tender.timeline) {
  return checkTimeline({
    procedure: tender.procedureType,
    isAboveThreshold: isAboveThreshold(tender),
    ...timeline,
  });
}

const accountFor = (email: string) => DEMO_ACCOUNTS.find((account) => account.email === email);

describe("demo tenders", () => {
  it("are eight tenders in different states, with distinct titles", () => {
    expect(tenders.map((tender) => tender.status).sort()).toEqual([
      "DRAFT",
      "DRAFT",
      "EVALUATION",
      "EVALUATION",
      "IN_REVIEW",
      "PUBLISHED",
      "PUBLISHED",
      "PUBLISHED",
    ]);
    expect(new Set(tenders.map((tender) => tender.title)).size).toBe(8);
  });

  it.each(tenders.map((tender) => [tender.title, tender] as const))(
    "%s: a legal procedure for its nature and value",
    (_title, tender) => {
      const problems = checkProcedureChoice({
        procedure: tender.procedureType,
        contractNature: tender.contractNature,
        isAboveThreshold: isAboveThreshold(tender),
        legalGround: tender.procedureGround,
      });
      expect(problems).toEqual([]);
      // A ground only where the procedure needs one, as the procedure form stores it.
      expect(tender.procedureGround !== null).toBe(PROCEDURE_RULES[tender.procedureType].legalGrounds.length > 0);
    },
  );

  it.each(tenders.map((tender) => [tender.title, tender] as const))("%s: CPV codes that exist", (_title, tender) => {
    for (const code of [tender.mainCpv, ...tender.additionalCpvs]) {
      expect(code).toMatch(/^\d{8}$/);
      expect(cpvCodes.has(code), code).toBe(true);
    }
    expect(tender.additionalCpvs).not.toContain(tender.mainCpv);
  });

  it.each(tenders.map((tender) => [tender.title, tender] as const))(
    "%s: fields the forms would accept, and demo accounts that exist",
    (_title, tender) => {
      expect(tender.title.length).toBeLessThanOrEqual(200);
      expect(tender.summary.length).toBeLessThanOrEqual(4_000);
      expect(LOCALES).toContain(tender.documentsLanguage);
      expect(tender.estimatedValueCents).toBeGreaterThan(0n);
      for (const section of [...tender.completedSections, ...tender.reviewComments.map((c) => c.section)]) {
        expect(TENDER_SECTIONS).toContain(section);
      }
      const drafter = accountFor(tender.createdBy);
      expect(drafter?.memberships).toContainEqual({ organisation: tender.organisation, roles: ["DRAFTER"] });
      for (const comment of tender.reviewComments) {
        const author = accountFor(comment.authorEmail);
        expect(author?.memberships).toContainEqual({ organisation: tender.organisation, roles: ["OSPO"] });
      }
    },
  );

  it("include a tender under review with an OSPO comment on the 'about' section", () => {
    const inReview = tenders.find((tender) => tender.status === "IN_REVIEW")!;
    expect(inReview.reviewComments.map((comment) => comment.section)).toEqual(["about"]);
  });

  it.each(tenders.map((tender) => [tender.title, tender] as const))(
    "%s: a timetable with no errors (only dates still to be set), as published and as corrected",
    (_title, tender) => {
      for (const timeline of [tender.timeline, currentTimeline(tender)]) {
        const problems = timelineProblems(tender, timeline);
        expect(hasErrors(problems)).toBe(false);
        expect(problems.every((problem) => problem.code === "timeline.dateMissing")).toBe(true);
      }
    },
  );

  it.each(tenders.map((tender) => [tender.title, tender] as const))(
    "%s: reached its status by moves the lifecycle allows, each made by someone allowed to",
    (_title, tender) => {
      let status = "DRAFT";
      for (const change of tender.lifecycle) {
        expect(change.from).toBe(status);
        const roles = accountFor(change.by)!.memberships.find((m) => m.organisation === tender.organisation)!.roles;
        const check = checkTransition({ from: change.from, to: change.to, roles });
        expect(check.ok && check.transition.action, `${change.transition} by ${change.by}`).toBe(change.transition);
        status = change.to;
      }
      // Opening the bids, by two different people allowed to, is what moves a tender to evaluation.
      if (tender.opening) {
        expect(status).toBe("PUBLISHED");
        const { requestedBy, confirmedBy } = tender.opening;
        expect(requestedBy).not.toBe(confirmedBy);
        for (const email of [requestedBy, confirmedBy]) {
          const roles = accountFor(email)!.memberships.find((m) => m.organisation === tender.organisation)!.roles;
          expect(can(roles, "bid.open"), email).toBe(true);
        }
        status = "EVALUATION";
      }
      expect(status).toBe(tender.status);
      const days = tender.lifecycle.flatMap((change) => (change.on ? [change.on] : []));
      expect(days).toEqual([...days].sort());
    },
  );

  it("include a published tender, open for tenders with one corrigendum issued, whenever it is loaded", () => {
    for (let offset = 0; offset < 2 * 366; offset++) {
      const today = addDays(TODAY, offset);
      const tender = demoTenders(today).find((candidate) => candidate.title === CASE_MANAGEMENT_TITLE)!;
      const published = tender.timeline;
      const current = currentTimeline(tender);
      expect(timelineProblems(tender, published), today).toEqual([]);
      expect(timelineProblems(tender, current), today).toEqual([]);
      expect(
        Object.values(current).every((date) => date === null || !isWeekend(date)),
        today,
      ).toBe(true);
      expect(published.publicationDate! < today).toBe(true);
      expect(current.tenderDeadline! > today).toBe(true);
      // Published, then corrected, before the seed day; the corrigendum only extends dates.
      expect(tender.lifecycle.at(-1)).toMatchObject({ transition: "publish", on: published.publicationDate });
      expect(tender.createdOn! < tender.lifecycle[0]!.on!).toBe(true);
      const [corrigendum] = tender.corrigenda;
      expect(tender.corrigenda).toHaveLength(1);
      expect(corrigendum!.on > published.publicationDate! && corrigendum!.on < today).toBe(true);
      expect(checkDeadlineChanges(published, current, corrigendum!.on)).toEqual([]);
      for (const [field, date] of Object.entries(corrigendum!.after)) {
        expect(date! > published[field as keyof DemoTimeline]!).toBe(true);
      }
    }
  });

  it("include a published tender whose deadline passed at least two days before, whenever it is loaded", () => {
    for (let offset = 0; offset < 2 * 366; offset++) {
      const today = addDays(TODAY, offset);
      const tender = demoTenders(today).find((candidate) => candidate.title === GRANTS_PLATFORM_TITLE)!;
      expect(timelineProblems(tender), today).toEqual([]);
      expect(
        Object.values(tender.timeline).every((date) => date === null || !isWeekend(date)),
        today,
      ).toBe(true);
      // Two days ago, or the working day before when that was a weekend: never more than four.
      const daysSince = daysBetween(tender.timeline.tenderDeadline!, today);
      expect(daysSince >= 2 && daysSince <= 4, today).toBe(true);
      expect(tender.corrigenda).toEqual([]);
      expect(tender.lifecycle.at(-1)).toMatchObject({ transition: "publish", on: tender.timeline.publicationDate });
      // Every bid arrived on or before the deadline day.
      for (const bid of tender.bids ?? [])
        expect(bid.receivedAt.slice(0, 10) <= tender.timeline.tenderDeadline!).toBe(true);
    }
  });

  it("include a tender in two lots whose deadline has passed, with no bid yet, whenever it is loaded", () => {
    for (let offset = 0; offset < 2 * 366; offset++) {
      const today = addDays(TODAY, offset);
      const tender = demoTenders(today).find((candidate) => candidate.title === OPEN_DATA_TITLE)!;
      expect(timelineProblems(tender), today).toEqual([]);
      const daysSince = daysBetween(tender.timeline.tenderDeadline!, today);
      expect(daysSince >= 2 && daysSince <= 4, today).toBe(true);
      expect(tender.lifecycle.at(-1)).toMatchObject({ transition: "publish", on: tender.timeline.publicationDate });
    }
    const tender = tenders.find((candidate) => candidate.title === OPEN_DATA_TITLE)!;
    expect(tender.organisation).toBe("MUN");
    expect(tender.bids).toEqual([]);
    expect(tender.sections.lots.map((lot) => lot.key)).toEqual(["LOT-1", "LOT-2"]);
    // The lots add up to the tender's estimated value (EUR 180,000 + EUR 120,000).
    expect(tender.sections.lots.reduce((sum, lot) => sum + lot.estimatedValueCents, 0)).toBe(
      Number(tender.estimatedValueCents),
    );
    // Years 0 to 4: the start, three contract years and the exit year.
    expect(tender.sections.award?.tcoHorizonYears).toBe(3);
    for (const line of tender.internalCosts!) expect(line.year).toBeLessThanOrEqual(4);
  });

  it("include a tender under evaluation whose bids were opened after the deadline, whenever it is loaded", () => {
    for (let offset = 0; offset < 2 * 366; offset++) {
      const today = addDays(TODAY, offset);
      const tender = demoTenders(today).find((candidate) => candidate.title === HERITAGE_FUND_TITLE)!;
      expect(timelineProblems(tender), today).toEqual([]);
      const { tenderDeadline } = tender.timeline;
      const { requestedOn, openedOn } = tender.opening!;
      // Opened from the day after the deadline (lib/domain/bids/opening.ts), on or before today.
      expect(requestedOn > tenderDeadline! && openedOn >= requestedOn && openedOn <= today, today).toBe(true);
      expect(isWeekend(openedOn), today).toBe(false);
      expect(tender.bids!.length).toBe(3);
      for (const bid of tender.bids!) expect(bid.receivedAt.slice(0, 10) <= tenderDeadline!).toBe(true);
    }
  });

  it("gives the tender under review a complete, lawful timetable on working days, whenever it is loaded", () => {
    for (let offset = 0; offset < 2 * 366; offset++) {
      const today = addDays(TODAY, offset);
      const tender = demoTenders(today).find((candidate) => candidate.status === "IN_REVIEW")!;
      expect(timelineProblems(tender), today).toEqual([]);
      const dates = Object.values(tender.timeline);
      expect(
        dates.every((date) => date !== null && !isWeekend(date)),
        today,
      ).toBe(true);
      expect(daysBetween(today, tender.timeline.publicationDate!)).toBeGreaterThanOrEqual(42);
    }
  });

  it.each(tenders.map((tender) => [tender.title, tender] as const))(
    "%s: marked complete only where the task list agrees, and fully complete once in review",
    (_title, tender) => {
      const organisation = DEMO_ORGANISATIONS.find((candidate) => candidate.referencePrefix === tender.organisation)!;
      const { tasks } = checkTender(
        {
          ...tender,
          ...currentTimeline(tender),
          ...tender.sections,
          innovationPhases: [],
          estimatedValueCents: Number(tender.estimatedValueCents),
        },
        organisation.authorityType,
      );
      const completed = tasks.filter((task) => task.status === "COMPLETED").map((task) => task.section);
      expect(completed).toEqual(expect.arrayContaining(tender.completedSections));
      // Once in review every section that applies is complete (the phases only apply to innovation partnerships).
      if (tender.status !== "DRAFT") expect(tender.completedSections).toEqual(tasks.map((task) => task.section));
    },
  );

  it("stores dates as midnight UTC", () => {
    expect(toDateColumn("2027-01-11")?.toISOString()).toBe("2027-01-11T00:00:00.000Z");
    expect(toDateColumn(null)).toBeNull();
  });
});

describe("tenderSnapshot", () => {
  it("holds the fields of a tender revision: the tender DTO without version and updatedAt", () => {
    const dtoFields = Object.keys(TENDER_SELECT).filter((field) => field !== "version" && field !== "updatedAt");
    expect([...SNAPSHOT_FIELDS].sort()).toEqual(dtoFields.sort());
  });

  it("matches what recordTenderRevision stores", () => {
    const tender = tenders.find((candidate) => candidate.status === "IN_REVIEW")!;
    const row = {
      id: "tender-1",
      reference: "MUN-2026-0001",
      ...demoTenderColumns(tender),
      // A date left empty is stored as null and must come back as null.
      openingDate: null,
      version: 0,
      updatedAt: new Date(),
    };
    const { version: _version, updatedAt: _updatedAt, ...expected } = toTenderDto(row);
    expect(tenderSnapshot(row)).toEqual({ ...expected, templateSections: {} });
  });
});
