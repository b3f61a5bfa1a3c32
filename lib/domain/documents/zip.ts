import { strToU8, zipSync, type Zippable } from "fflate";

/** One file of a ZIP package (OpenDocument, Office Open XML). */
export type ZipEntry = {
  path: string;
  data: string | Uint8Array;
  /** Stored without compression: the OpenDocument `mimetype` entry must be. */
  store?: boolean;
};

/**
 * Every entry carries this modification time, so the same files always give the same bytes. A
 * local-time date: fflate writes the DOS fields from local time, so the bytes are the same in
 * every time zone. 1980-01-01 is the earliest date a ZIP file can hold.
 */
const FIXED_ENTRY_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** A ZIP archive of the entries, in the order given, with nothing time- or machine-dependent. */
export function zipPackage(entries: readonly ZipEntry[]): Uint8Array {
  const files: Zippable = {};
  for (const entry of entries) {
    const data = typeof entry.data === "string" ? strToU8(entry.data) : entry.data;
    files[entry.path] = [data, { level: entry.store ? 0 : 6, mtime: FIXED_ENTRY_TIME }];
  }
  return zipSync(files);
}
