import { editDistance } from "@/lib/domain/spdx/edit-distance";
import { SPDX_EXCEPTIONS, type SpdxException } from "@/lib/domain/spdx/spdx-licence-list";

/**
 * The exception someone most likely meant by an id not on the SPDX exceptions list: spaces or
 * underscores for hyphens ("Classpath exception 2.0"), or one or two typing slips
 * ("Classpath-exeption-2.0"). Undefined when nothing is close, as for licences.
 */
export function suggestSpdxException(input: string): SpdxException | undefined {
  const key = input
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  if (key === "") return undefined;
  const limit = key.length <= 4 ? 1 : key.length < 12 ? 2 : 3;
  let best: { exception: SpdxException; distance: number } | undefined;
  for (const exception of SPDX_EXCEPTIONS) {
    const distance = editDistance(key, exception.id.toLowerCase(), limit);
    if (distance > limit) continue;
    const better =
      !best ||
      distance < best.distance ||
      (distance === best.distance && !exception.isDeprecated && best.exception.isDeprecated);
    if (better) best = { exception, distance };
  }
  return best?.exception;
}
