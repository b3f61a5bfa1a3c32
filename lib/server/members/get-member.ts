import "server-only";
import { AppError } from "@/lib/errors";
import type { DbClient } from "@/lib/server/db";
import { MEMBER_SELECT, toMemberDto, type MemberDto } from "./member-dto";

/**
 * A member of the given organisation. A membership of any other organisation is "not found",
 * so that ids cannot be probed across organisations.
 */
export async function getMember(db: DbClient, organisationId: string, membershipId: string): Promise<MemberDto> {
  const row = await db.membership.findFirst({ where: { id: membershipId, organisationId }, select: MEMBER_SELECT });
  if (!row) throw new AppError("NOT_FOUND");
  return toMemberDto(row);
}
