"use server";
import { revalidatePath } from "next/cache";
import { groundsFor, type LegalGround } from "@/lib/domain/tender/procedures";
import { AppError } from "@/lib/errors";
import { aboutTenderSchema, procedureSchema, scopeSchema, timelineSchema } from "@/lib/schemas/tender";
import { defineAction } from "@/lib/server/action";
import { isKnownCpv } from "@/lib/server/cpv/cpv-index";
import { ensureReferenceFree } from "@/lib/server/tenders/ensure-reference-free";
import { getTender } from "@/lib/server/tenders/get-tender";
import { saveTenderSection } from "@/lib/server/tenders/save-tender-section";
import { sectionSaved } from "@/lib/server/tenders/section-saved-event";

const refresh = ({ input }: { input: { tenderId: string } }) => revalidatePath(`/tenders/${input.tenderId}`, "layout");

export const saveAboutAction = defineAction(
  { schema: aboutTenderSchema, permission: "tender.draft", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    await ensureReferenceFree(tx, viewer.organisation.id, input.reference, input.tenderId);
    const { before, after, corrigendum } = await saveTenderSection(tx, viewer, {
      tenderId: input.tenderId,
      version: input.version,
      corrigendumReason: input.corrigendumReason,
      section: "about",
      data: {
        reference: input.reference,
        title: input.title,
        summary: input.summary,
        contractNature: input.contractNature,
        documentsLanguage: input.documentsLanguage,
      },
    });
    audit(sectionSaved("about", before, after, corrigendum));
    return { version: after.version };
  },
);

export const saveProcedureAction = defineAction(
  { schema: procedureSchema, permission: "tender.draft", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const tender = await getTender(tx, viewer, input.tenderId);
    if (
      input.procedureGround &&
      tender.contractNature &&
      !groundsFor(input.procedureType, tender.contractNature).includes(input.procedureGround as LegalGround)
    ) {
      throw new AppError("VALIDATION", "validation.procedureGroundNotApplicable", "procedureGround");
    }
    const { before, after, corrigendum } = await saveTenderSection(tx, viewer, {
      tenderId: input.tenderId,
      version: input.version,
      corrigendumReason: input.corrigendumReason,
      section: "procedure",
      data: { procedureType: input.procedureType, procedureGround: input.procedureGround || null },
    });
    audit(sectionSaved("procedure", before, after, corrigendum));
    return { version: after.version };
  },
);

export const saveScopeAction = defineAction(
  { schema: scopeSchema, permission: "tender.draft", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    // The form only offers codes from the list; a forged post is answered next to the field.
    if (!isKnownCpv(input.mainCpv)) throw new AppError("VALIDATION", "cpv.unknownCode", "mainCpv");
    if (!input.additionalCpvs.every(isKnownCpv)) throw new AppError("VALIDATION", "cpv.unknownCode", "additionalCpvs");
    const { before, after, corrigendum } = await saveTenderSection(tx, viewer, {
      tenderId: input.tenderId,
      version: input.version,
      corrigendumReason: input.corrigendumReason,
      section: "scope",
      data: {
        mainCpv: input.mainCpv,
        additionalCpvs: input.additionalCpvs,
        estimatedValueCents: BigInt(input.estimatedValue),
        currency: input.currency,
        durationMonths: input.durationMonths,
        renewalOptions: input.renewalOptions,
      },
    });
    audit(sectionSaved("scope", before, after, corrigendum));
    return { version: after.version };
  },
);

export const saveTimelineAction = defineAction(
  { schema: timelineSchema, permission: "tender.draft", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const date = (value: string) => (value === "" ? null : new Date(`${value}T00:00:00Z`));
    const { before, after, corrigendum } = await saveTenderSection(tx, viewer, {
      tenderId: input.tenderId,
      version: input.version,
      corrigendumReason: input.corrigendumReason,
      section: "timeline",
      data: {
        publicationDate: date(input.publicationDate),
        requestsDeadline: date(input.requestsDeadline),
        invitationDate: date(input.invitationDate),
        clarificationDeadline: date(input.clarificationDeadline),
        tenderDeadline: date(input.tenderDeadline),
        openingDate: date(input.openingDate),
      },
    });
    audit(sectionSaved("timeline", before, after, corrigendum));
    return { version: after.version };
  },
);
