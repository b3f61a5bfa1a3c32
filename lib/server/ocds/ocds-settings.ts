import "server-only";
import type { OcdsSettings } from "@/lib/domain/ocds/ocds-input";
import { getEnv, type Env } from "@/lib/env";

/**
 * The operator's open-data settings (docs/operations.md): the ocid prefix, the publisher (its
 * address defaults to the app's public address) and the licence.
 */
export function ocdsSettings(env: Env = getEnv()): OcdsSettings {
  const uri = env.OCDS_PUBLISHER_URI ?? env.NEXTAUTH_URL;
  return {
    ocidPrefix: env.OCDS_OCID_PREFIX,
    publisher: { name: env.OCDS_PUBLISHER_NAME, ...(uri ? { uri } : {}) },
    license: env.OCDS_LICENSE,
    ...(env.OCDS_PUBLICATION_POLICY ? { publicationPolicy: env.OCDS_PUBLICATION_POLICY } : {}),
  };
}
