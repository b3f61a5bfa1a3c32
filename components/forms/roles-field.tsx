"use client";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { ROLES } from "@/lib/domain/roles";
import { CheckboxGroup } from "./checkbox-group";

/** The member roles as checkboxes, each with what the role is for. */
export function RolesField({ error, registration }: { error?: string; registration: UseFormRegisterReturn }) {
  const t = useTranslations("roles");
  const tForm = useTranslations("forms");
  return (
    <CheckboxGroup
      name="roles"
      legend={tForm("roles")}
      hint={tForm("rolesHint")}
      error={error}
      options={ROLES.map((role) => ({ value: role, label: t(`${role}.name`), hint: t(`${role}.description`) }))}
      registration={registration}
    />
  );
}
