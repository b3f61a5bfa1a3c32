import { NextResponse } from "next/server";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { setLanguageSchema } from "@/lib/schemas/language";
import { defineRoute } from "@/lib/server/route";

/** The language switcher: a plain link, so it works for visitors and without JavaScript. */
export const GET = defineRoute({ query: setLanguageSchema, access: "public" }, ({ request, query }) => {
  const response = NextResponse.redirect(new URL(query.returnTo, request.url), 303);
  response.cookies.set(LOCALE_COOKIE, query.locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  return response;
});
