import { BIDS_FILE_FORMAT, BIDS_FILE_VERSION, bidsFileSchema, type BidsFile } from "../../../lib/schemas/bids-file";
import { parseJsonFile, readJsonFile, type JsonFileKind, type JsonFileResult } from "../json-file";

/**
 * Reading a bids file (docs/bids-file.md) for `tender-commons tco`: its shape only, every invalid
 * value listed with its path (scripts/cli/json-file.ts).
 */

/** 200 bids with 500 components each is about 30 MB; beyond 50 MB the file is not a tender's bids. */
export const MAX_BIDS_FILE_BYTES = 50 * 1024 * 1024;

export type BidsFileResult = JsonFileResult<BidsFile>;

const BIDS_FILE: JsonFileKind<BidsFile> = {
  name: "a bids file",
  fields: '"format", "version" and "bids"',
  format: BIDS_FILE_FORMAT,
  version: BIDS_FILE_VERSION,
  schema: bidsFileSchema,
  maxBytes: MAX_BIDS_FILE_BYTES,
  tooLarge: "tender-commons tco reads bids files of up to 50 MB. Split the bids over several files.",
  issue: "invalid value",
};

export const readBidsFile = (path: string): BidsFileResult => readJsonFile(path, BIDS_FILE);

/** The bids file in a text; a failure's message reads after the file's name. */
export const parseBidsFile = (text: string): BidsFileResult => parseJsonFile(text, BIDS_FILE);
