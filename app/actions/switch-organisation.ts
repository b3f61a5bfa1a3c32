"use server";
import { cookies } from "next/headers";
import { AppError } from "@/lib/errors";
import { switchOrganisationSchema } from "@/lib/schemas/organisation";
import { defineAction } from "@/lib/server/action";
import { ORGANISATION_COOKIE } from "@/lib/server/auth/viewer";

export const switchOrganisationAction = defineAction(
  {
    schema: switchOrganisationSchema,
    permission: null,
    audited: false,
    // The cookie is only a preference: the guard checks the membership again on every request.
    after: async ({ input }) => {
      (await cookies()).set(ORGANISATION_COOKIE, input.organisationId, {
        httpOnly: true,
        sameSite: "lax",
        path: "/",
        maxAge: 60 * 60 * 24 * 365,
      });
    },
  },
  async ({ viewer, input }) => {
    // An organisation the viewer does not belong to looks as if it did not exist.
    if (!viewer.memberships.some((m) => m.organisationId === input.organisationId)) throw new AppError("NOT_FOUND");
    return input.organisationId;
  },
);
