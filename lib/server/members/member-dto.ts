import "server-only";
import type { Role } from "@/lib/domain/roles";

/** What pages see of a member: no password hash, no identity-provider subject. */
export type MemberDto = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  roles: Role[];
  isActive: boolean;
  lastSignInAt: Date | null;
  version: number;
};

export const MEMBER_SELECT = {
  id: true,
  roles: true,
  version: true,
  user: { select: { id: true, name: true, email: true, isActive: true, lastSignInAt: true } },
} as const;

export function toMemberDto(row: {
  id: string;
  roles: Role[];
  version: number;
  user: { id: string; name: string; email: string; isActive: boolean; lastSignInAt: Date | null };
}): MemberDto {
  return {
    membershipId: row.id,
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    roles: row.roles,
    isActive: row.user.isActive,
    lastSignInAt: row.user.lastSignInAt,
    version: row.version,
  };
}
