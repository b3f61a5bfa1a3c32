import { procedureNeedsGround } from "../procedures";
import type { SectionChecker } from "./section-check";

export const checkProcedureSection: SectionChecker = (tender) => ({
  started: tender.procedureType !== null,
  complete: tender.procedureType !== null,
  problems:
    tender.procedureType && procedureNeedsGround(tender.procedureType) && !tender.procedureGround
      ? [{ code: "procedure.groundMissing", severity: "error", path: "procedureGround" }]
      : [],
});
