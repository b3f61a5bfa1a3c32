import "server-only";

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

/**
 * The client's network address, for throttling. Next.js appends the socket address to
 * X-Forwarded-For, so without a trusted reverse proxy the last entry is the one to believe; behind
 * one (TRUST_PROXY=true) the proxy has put the real client first.
 */
export function clientAddressFrom(headers: HeaderBag, trustProxy: boolean): string | null {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const address = trustProxy ? entries[0] : entries.at(-1);
  return address ? address.slice(0, 64) : null;
}
