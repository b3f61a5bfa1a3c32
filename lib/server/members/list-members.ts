import "server-only";
import type { DbClient } from "@/lib/server/db";
import { MEMBER_SELECT, toMemberDto, type MemberDto } from "./member-dto";

export async function listMembers(db: DbClient, organisationId: string): Promise<MemberDto[]> {
  const rows = await db.membership.findMany({
    where: { organisationId },
    select: MEMBER_SELECT,
    orderBy: { user: { name: "asc" } },
  });
  return rows.map(toMemberDto);
}
