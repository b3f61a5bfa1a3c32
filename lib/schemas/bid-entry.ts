import { z } from "zod";
import { MODEL_OPENNESS_CLASSES, STANDARD_ANSWERS, type BidContent } from "@/lib/domain/bids/bid-model";
import {
  bidRegistrationProblems,
  type BidRegistrationContext,
  type IncomingBid,
} from "@/lib/domain/bids/check-bid-registration";
import { receivedAtFromParts } from "@/lib/domain/bids/received-at";
import { isIsoDate } from "@/lib/domain/tender/calendar-date";
import { SOVEREIGNTY_OBJECTIVES, type SealLevel } from "@/lib/domain/tender/sovereignty";
import { messageRef } from "@/lib/i18n/message-ref";
import { bidComponentSchema, bidderSchema, MAX_BID_TEXT_LENGTH, MAX_COMPONENTS, MAX_COST_LINES } from "./bid";
import { costLineFormSchema } from "./cost-line-form";
import { idField } from "./fields";

/**
 * The "Register a bid" form: what people type (amounts as text, yes/no as radio values, a date and
 * a time) turned into a bid's content (lib/schemas/bid.ts) with its time of receipt. Field paths
 * are the content's (`costLines.2.year`), so the tender's checks land next to the right field.
 */

const yesNo = (required: string) =>
  z.enum(["yes", "no"], { error: messageRef(required) }).transform((value) => value === "yes");

const componentField = bidComponentSchema.extend({
  modelOpennessClass: z
    .union([z.literal(""), z.enum(MODEL_OPENNESS_CLASSES)], {
      error: messageRef("validation.bid.modelOpennessClassUnknown"),
    })
    .transform((value) => (value === "" ? null : value)),
});

const claimField = z.object({
  /** "" = no claim (counts as SEAL-0). */
  level: z.enum(["", "0", "1", "2", "3", "4"], { error: messageRef("validation.bid.sealInvalid") }),
  evidence: z
    .string()
    .trim()
    .max(MAX_BID_TEXT_LENGTH, { error: messageRef("validation.tooLong", { max: MAX_BID_TEXT_LENGTH }) }),
});

const answerField = z.object({
  standardId: z.string().trim().min(1).max(300),
  /** "" = not answered: the assessment counts it so, and the form warns. */
  answer: z.union([z.literal(""), z.enum(STANDARD_ANSWERS)], {
    error: messageRef("validation.bid.standardAnswerUnknown"),
  }),
  evidence: claimField.shape.evidence,
});

export const registerBidSchema = z
  .object({
    tenderId: idField,
    /** The date the bid was received, YYYY-MM-DD; named after the whole time, whose errors it shows. */
    receivedAt: z.string().refine(isIsoDate, { error: messageRef("validation.dateInvalid") }),
    receivedTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: messageRef("validation.bidReception.timeInvalid") }),
    bidder: bidderSchema.extend({ isSme: yesNo("validation.bid.smeRequired") }),
    lotKey: z
      .string()
      .trim()
      .max(20)
      .transform((value) => (value === "" ? null : value)),
    solution: z
      .string()
      .trim()
      .max(MAX_BID_TEXT_LENGTH, { error: messageRef("validation.tooLong", { max: MAX_BID_TEXT_LENGTH }) }),
    claimsOpenSource: yesNo("validation.bidReception.openSourceClaimRequired"),
    costLines: z
      .array(costLineFormSchema)
      .max(MAX_COST_LINES, { error: messageRef("validation.bid.tooManyCostLines", { max: MAX_COST_LINES }) }),
    components: z
      .array(componentField)
      .max(MAX_COMPONENTS, { error: messageRef("validation.bid.tooManyComponents", { max: MAX_COMPONENTS }) }),
    sovereigntyClaims: z.object(Object.fromEntries(SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, claimField]))),
    standardAnswers: z.array(answerField),
  })
  .transform((input): { tenderId: string } & IncomingBid => ({
    tenderId: input.tenderId,
    receivedAt: receivedAtFromParts(input.receivedAt, input.receivedTime)!,
    content: toContent(input),
  }));
export type RegisterBidInput = z.input<typeof registerBidSchema>;

type FormOutput = {
  bidder: BidContent["bidder"];
  lotKey: string | null;
  solution: string;
  claimsOpenSource: boolean;
  costLines: BidContent["costLines"];
  components: BidContent["components"];
  sovereigntyClaims: Record<string, { level: string; evidence: string }>;
  standardAnswers: { standardId: string; answer: string; evidence: string }[];
};

function toContent(input: FormOutput): BidContent {
  return {
    bidder: input.bidder,
    lotKey: input.lotKey,
    solution: input.solution,
    claimsOpenSource: input.claimsOpenSource,
    costLines: input.costLines,
    components: input.components,
    sovereigntyClaims: Object.fromEntries(
      Object.entries(input.sovereigntyClaims)
        .filter(([, claim]) => claim.level !== "")
        .map(([objective, claim]) => [
          objective,
          { level: Number(claim.level) as SealLevel, evidence: claim.evidence },
        ]),
    ),
    standardAnswers: input.standardAnswers
      .filter((answer) => answer.answer !== "")
      .map((answer) => ({ ...answer, answer: answer.answer as BidContent["standardAnswers"][number]["answer"] })),
  };
}

/**
 * The form's schema with the tender's own checks (cost years, lot, deadline) added, so the person
 * sees them before sending; the server makes the same checks again when it registers the bid.
 * Warnings (a required standard left unanswered) are not errors: the form shows them apart.
 */
export function registerBidSchemaFor(context: BidRegistrationContext) {
  return registerBidSchema.superRefine((bid, refinement) => {
    for (const problem of bidRegistrationProblems(bid, context)) {
      if (problem.severity !== "error") continue;
      refinement.addIssue({
        code: "custom",
        path: (problem.path ?? "").split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
        message: messageRef(`problems.${problem.code}`, problem.values),
      });
    }
  });
}
