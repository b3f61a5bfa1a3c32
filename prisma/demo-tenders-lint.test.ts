import { describe, expect, it } from "vitest";
import { findLibraryClause } from "@/lib/domain/clauses/library";
import { lintInputFromTender, lintTender } from "@/lib/domain/lint";
import { currentTimeline, demoTenders } from "./demo-tenders";

const tenders = demoTenders("2026-11-21");

describe("demo tenders and the lock-in linter", () => {
  // Submitting for review is refused while a lock-in error remains, so a demo tender past the
  // draft stage must have none, with the topics of the clauses it chose.
  it.each(tenders.filter((tender) => tender.status !== "DRAFT").map((tender) => [tender.title, tender] as const))(
    "%s: no lock-in error",
    (_title, tender) => {
      const clauses = tender.sections.clauses.map((chosen) => ({
        topics: findLibraryClause(chosen.key)?.topics ?? [],
        parameters: chosen.values,
      }));
      const findings = lintTender(
        lintInputFromTender(
          {
            ...tender,
            ...currentTimeline(tender),
            ...tender.sections,
            innovationPhases: [],
          },
          { clauses },
        ),
      );
      expect(findings.filter((finding) => finding.severity === "error")).toEqual([]);
    },
  );
});
