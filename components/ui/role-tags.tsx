import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/domain/roles";

export async function RoleTags({ roles }: { roles: readonly Role[] }) {
  const t = await getTranslations("roles");
  return (
    <ul className="flex flex-wrap gap-2">
      {roles.map((role) => (
        <li key={role} className="rounded bg-blue-100 px-2 py-0.5 text-sm font-semibold text-brand-dark">
          {t(`${role}.name`)}
        </li>
      ))}
    </ul>
  );
}
