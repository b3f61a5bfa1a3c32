/**
 * Saves of one record under optimistic locking, sent one after another, each on the version the
 * previous successful save produced. A form that saves in the background and on request may start
 * a save while another is on its way; sent side by side, both would carry the same version and
 * the second would conflict with the first. The version only moves with these saves, so a save
 * made elsewhere (another tab, another person) still ends in a conflict.
 */
export type SaveOutcome = { ok: true; data: { version: number } } | { ok: false };

export type SerialSave<Input, Outcome extends SaveOutcome> = {
  /** Queues a save of `input`; it is sent with the current version once earlier saves are back. */
  run: (input: Input) => Promise<Outcome>;
  /** The version the next save will be sent with. */
  baseVersion: () => number;
};

export function createSerialSave<Input extends object, Outcome extends SaveOutcome>(
  loadedVersion: number,
  send: (input: Input) => Promise<Outcome>,
  onSaved: (version: number) => void = () => {},
): SerialSave<Input, Outcome> {
  let baseVersion = loadedVersion;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    baseVersion: () => baseVersion,
    run: (input) => {
      const next = queue.then(async () => {
        const outcome = await send({ ...input, version: baseVersion } as Input);
        if (outcome.ok) {
          baseVersion = outcome.data.version;
          onSaved(baseVersion);
        }
        return outcome;
      });
      // A save that throws (the network) fails alone; the ones queued after it still run.
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
