import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddToSealedBidPage } from "../add-to-sealed-bid";
import { EvidenceForm } from "./evidence-form";

type Props = { params: Promise<{ tenderId: string; bidId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bidReception.evidence");
  return { title: t("pageTitle") };
}

/**
 * "Add evidence to bid N": files the bidder sent in support of its sovereignty self-assessment,
 * joined to the sealed bid, write-only, like a bill of materials. The page names the bid by its
 * receipt number and shows nothing of its content or of the files it already has.
 */
export default function AddEvidencePage({ params }: Props) {
  return <AddToSealedBidPage params={params} namespace="bidReception.evidence" Form={EvidenceForm} />;
}
