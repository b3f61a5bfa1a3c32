import { getFormatter } from "next-intl/server";
import type { BidAttachmentInfo } from "@/lib/server/bids/bid-access";

/** Links that download an opened bid's attachments through the route that checks the opening. */
export async function AttachmentList({
  tenderId,
  bidId,
  attachments,
}: {
  tenderId: string;
  bidId: string;
  attachments: BidAttachmentInfo[];
}) {
  const format = await getFormatter();
  const size = (bytes: number) =>
    bytes < 1024
      ? format.number(bytes, { style: "unit", unit: "byte", unitDisplay: "narrow" })
      : bytes < 1024 * 1024
        ? format.number(bytes / 1024, { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 })
        : format.number(bytes / (1024 * 1024), { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
  return (
    <ul>
      {attachments.map((attachment) => {
        const query = new URLSearchParams({ tender: tenderId, bid: bidId, attachment: attachment.id });
        return (
          <li key={attachment.id}>
            <a href={`/api/bid-attachment?${query}`} download={attachment.fileName}>
              {attachment.fileName}
            </a>{" "}
            <span className="text-muted">({size(attachment.sizeBytes)})</span>
          </li>
        );
      })}
    </ul>
  );
}
