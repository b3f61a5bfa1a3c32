import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddToSealedBidPage } from "../add-to-sealed-bid";
import { SbomForm } from "./sbom-form";

type Props = { params: Promise<{ tenderId: string; bidId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bidReception.sbom");
  return { title: t("pageTitle") };
}

/**
 * "Add a software bill of materials to bid N": write-only. The page names the bid by its receipt
 * number and shows nothing of its content, before or after; the components join the sealed bid.
 */
export default function AddSbomPage({ params }: Props) {
  return <AddToSealedBidPage params={params} namespace="bidReception.sbom" Form={SbomForm} />;
}
