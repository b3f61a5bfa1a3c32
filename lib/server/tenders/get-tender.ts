import "server-only";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import { TENDER_SELECT, toTenderDto, type TenderDto } from "./tender-dto";
import { tenderWhereForViewer } from "./tender-scope";

/** A tender the viewer may see; anything else, including another organisation's, is NOT_FOUND. */
export async function getTender(db: DbClient, viewer: Viewer, tenderId: string): Promise<TenderDto> {
  const row = await db.tender.findFirst({
    where: { AND: [{ id: tenderId }, tenderWhereForViewer(viewer)] },
    select: TENDER_SELECT,
  });
  if (!row) throw new AppError("NOT_FOUND");
  return toTenderDto(row);
}
