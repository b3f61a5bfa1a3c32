import "server-only";
import { notFound } from "next/navigation";
import type { Permission } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { requireViewer, type Viewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import { getTender } from "./get-tender";
import type { TenderDto } from "./tender-dto";

/** For tender pages: the viewer (with the permission) and the tender, or the 404 page. */
export async function requireTender(
  tenderId: string,
  permission: Permission = "tender.view",
): Promise<{ viewer: Viewer; tender: TenderDto }> {
  const viewer = await requireViewer(permission);
  try {
    return { viewer, tender: await getTender(getDb(), viewer, tenderId) };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
