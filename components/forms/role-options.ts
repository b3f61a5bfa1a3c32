"use client";
import { useTranslations } from "next-intl";
import { ROLES } from "@/lib/domain/roles";

export function useRoleOptions() {
  const t = useTranslations("roles");
  return ROLES.map((role) => ({ value: role, label: t(`${role}.name`), hint: t(`${role}.description`) }));
}
