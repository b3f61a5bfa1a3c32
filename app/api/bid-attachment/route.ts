import { z } from "zod";
import { idField } from "@/lib/schemas/fields";
import { readOpenedBidAttachment } from "@/lib/server/bids/bid-access";
import { getDb } from "@/lib/server/db";
import { defineRoute } from "@/lib/server/route";

const querySchema = z.object({ tender: idField, bid: idField, attachment: idField });

/**
 * Types a browser may be told; anything else is sent as bytes to download, so a file a bidder
 * sent can never run as a page of the app.
 */
const SAFE_MEDIA_TYPES = new Set([
  "application/pdf",
  "image/png",
  "image/jpeg",
  "text/plain",
  "text/csv",
  "application/json",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
]);

/**
 * `GET /api/bid-attachment?tender=…&bid=…&attachment=…`: the file of an attachment of an opened
 * bid, as a download, for those who may read the bid (bid-access.ts decides: sealed bids answer
 * 409, other organisations' 404, roles without `bid.view` 403).
 */
export const GET = defineRoute(
  { query: querySchema, access: { permission: "bid.view" } },
  async ({ query, viewer }) => {
    const file = await readOpenedBidAttachment(getDb(), viewer, {
      tenderId: query.tender,
      bidId: query.bid,
      attachmentId: query.attachment,
    });
    const mediaType = SAFE_MEDIA_TYPES.has(file.mediaType) ? file.mediaType : "application/octet-stream";
    return new Response(Buffer.from(file.content), {
      headers: {
        "Content-Type": mediaType,
        "Content-Disposition": contentDisposition(file.fileName),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  },
);

/** RFC 6266: an ASCII fallback name and the real one in UTF-8 (RFC 5987). */
function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
