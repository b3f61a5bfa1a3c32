import { BUSINESS_APPLICATION_TERMS } from "./business-applications";
import { CLOUD_AND_INFRASTRUCTURE_TERMS } from "./cloud-and-infrastructure";
import { DATA_SECURITY_AND_ENGINEERING_TERMS } from "./data-security-and-engineering";
import { CERTIFICATION_TERMS, FORMAT_TERMS } from "./formats-and-certifications";
import { OFFICE_AND_COLLABORATION_TERMS } from "./office-and-collaboration";
import type { LockInTerm } from "./term";

export type { LockInTerm, TermKind } from "./term";

/** Every vendor, product, proprietary protocol, format and certification the linter knows. */
export const LOCK_IN_TERMS: readonly LockInTerm[] = [
  ...OFFICE_AND_COLLABORATION_TERMS,
  ...CLOUD_AND_INFRASTRUCTURE_TERMS,
  ...BUSINESS_APPLICATION_TERMS,
  ...DATA_SECURITY_AND_ENGINEERING_TERMS,
  ...FORMAT_TERMS,
  ...CERTIFICATION_TERMS,
];
