import {
  flattenCriteria,
  isPricePerQuality,
  usesQualityScale,
  type AwardCriteria,
  type Criterion,
} from "@/lib/domain/tender/criteria-tree";
import type { Block } from "../document-model";
import { markdownToBlocks } from "../markdown-blocks";
import type { Section } from "../sections";
import { bullets, paragraph, textTable } from "../sections";
import { costSection } from "./cost-formula";
import { missingPart } from "./missing";
import type { TenderContext } from "./tender-input";

/**
 * The award criteria as Art. 67(5) wants them published: every criterion with its weight and
 * the points it carries out of 100, what the evaluators look for, the quality scale and what each
 * score means, how scores are combined, the cost formula with a worked example, the thresholds
 * and the tie rules.
 */
export function awardCriteriaSection(context: TenderContext): Section {
  const { tender, words } = context;
  const award = tender.award;
  if (!award || award.criteria.length === 0) {
    return { title: words("criteria.heading"), anchor: "award-criteria", blocks: [missingPart(context, "criteria")] }; // prettier-ignore
  }
  const subsections = [
    weightsSection(context, award),
    ...(usesQualityScale(award.criteria) ? [scaleSection(context, award)] : []),
    ...(costSection(context, award) ?? []),
    thresholdsSection(context, award),
  ];
  return { title: words("criteria.heading"), anchor: "award-criteria", blocks: [paragraph(words("criteria.lead"))], subsections }; // prettier-ignore
}

function weightsSection(context: TenderContext, award: AwardCriteria): Section {
  const { text, words } = context;
  const shares = new Map<Criterion, number>();
  const rows = flattenCriteria(award.criteria).map(({ criterion, depth }, index, all) => {
    const parent = depth === 0 ? null : [...all.slice(0, index)].reverse().find((entry) => entry.depth === depth - 1)!.criterion; // prettier-ignore
    const share = parent ? ((shares.get(parent) ?? 0) * criterion.weight) / 100 : criterion.weight;
    shares.set(criterion, share);
    const perQuality = isPricePerQuality(criterion);
    return [
      depth === 0 ? [{ text: criterion.name, bold: true }] : [`– ${criterion.name}`],
      text.t(`tenders.criterionKind.${criterion.kind}`),
      perQuality
        ? words("criteria.perQuality")
        : words(parent ? "criteria.ofParent" : "percent", { value: text.number(criterion.weight) }),
      perQuality ? "—" : text.number(share, { maxDecimals: 2 }),
      criterion.minimumScore === undefined ? "—" : text.number(criterion.minimumScore),
    ];
  });
  const described = flattenCriteria(award.criteria).filter(({ criterion }) => criterion.description?.trim());
  const descriptions: Block[] = described.flatMap(({ criterion }) => [
    paragraph({ text: criterion.name, bold: true }),
    ...markdownToBlocks(criterion.description!),
  ]);
  return {
    title: words("criteria.weightsHeading"),
    anchor: "criteria-weights",
    blocks: [
      textTable(
        words("criteria.caption"),
        [
          { header: words("criteria.criterion"), widthPercent: 40 },
          { header: words("criteria.kind"), widthPercent: 15 },
          { header: words("criteria.weight"), align: "right", widthPercent: 17 },
          { header: words("criteria.share"), align: "right", widthPercent: 14 },
          { header: words("criteria.minimum"), align: "right", widthPercent: 14 },
        ],
        rows,
      ),
      ...(descriptions.length > 0 ? [paragraph(words("criteria.descriptionsLead")), ...descriptions] : []),
    ],
  };
}

function scaleSection(context: TenderContext, award: AwardCriteria): Section {
  const { text, words } = context;
  const { descriptors, max } = award.qualityScale;
  return {
    title: words("criteria.scaleHeading"),
    anchor: "quality-scale",
    blocks: [
      paragraph(text.t("awardReport.criteria.scale", { max })),
      ...(descriptors.length > 0
        ? [
            textTable(
              words("criteria.scaleCaption"),
              [{ header: words("criteria.score"), align: "right" as const, widthPercent: 12 }, words("criteria.meaning")], // prettier-ignore
              descriptors.map((descriptor, score) => [text.number(score), descriptor]),
            ),
          ]
        : []),
      paragraph(text.t(award.scoreAggregation === "CONSENSUS" ? "awardReport.criteria.consensus" : "awardReport.criteria.mean")), // prettier-ignore
    ],
  };
}

function thresholdsSection(context: TenderContext, award: AwardCriteria): Section {
  const { text, words } = context;
  const thresholds = flattenCriteria(award.criteria)
    .map(({ criterion }) => criterion)
    .filter((criterion) => criterion.minimumScore !== undefined);
  const rules = [
    ...thresholds.map((criterion) =>
      text.t("evaluationResults.gates.criterionRule", { criterion: criterion.name, minimum: criterion.minimumScore! }),
    ),
    ...(award.minimumQualityPoints
      ? [text.t("evaluationResults.gates.qualityPointsRule", { minimum: text.number(award.minimumQualityPoints, { maxDecimals: 2 }) })] // prettier-ignore
      : []),
  ];
  return {
    title: words("criteria.thresholdsHeading"),
    anchor: "thresholds-and-ties",
    blocks: [
      paragraph(words(rules.length > 0 ? "criteria.thresholdsLead" : "criteria.noThresholds")),
      ...(rules.length > 0 ? [bullets(rules)] : []),
      paragraph(text.t("awardReport.criteria.ties")),
    ],
  };
}
