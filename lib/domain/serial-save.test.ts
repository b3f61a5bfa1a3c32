import { describe, expect, it } from "vitest";
import { createSerialSave, type SaveOutcome } from "./serial-save";

/** A record under optimistic locking, as the server keeps it, answering after a delay. */
function fakeServer(version: number) {
  const server = {
    version,
    received: [] as { text: string; version: number }[],
    save: async (input: { text: string; version: number }): Promise<SaveOutcome> => {
      server.received.push(input);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (input.version !== server.version) return { ok: false };
      server.version += 1;
      return { ok: true, data: { version: server.version } };
    },
  };
  return server;
}

describe("createSerialSave", () => {
  it("sends overlapping saves one after another, each on the version the previous one produced", async () => {
    const server = fakeServer(4);
    const versions: number[] = [];
    const serial = createSerialSave(4, server.save, (version) => versions.push(version));
    const outcomes = await Promise.all([
      serial.run({ text: "background", version: 4 }),
      serial.run({ text: "save and continue", version: 4 }),
    ]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true]);
    expect(server.received).toEqual([
      { text: "background", version: 4 },
      { text: "save and continue", version: 5 },
    ]);
    expect(versions).toEqual([5, 6]);
    expect(serial.baseVersion()).toBe(6);
  });

  it("still conflicts with a save made elsewhere, and keeps its version after a failure", async () => {
    const server = fakeServer(4);
    const serial = createSerialSave(4, server.save);
    server.version = 5; // another tab saved
    expect(await serial.run({ text: "mine", version: 4 })).toEqual({ ok: false });
    expect(serial.baseVersion()).toBe(4);
    expect(await serial.run({ text: "mine again", version: 4 })).toEqual({ ok: false });
    expect(server.version).toBe(5);
  });

  it("goes on after a save that threw", async () => {
    const server = fakeServer(1);
    let first = true;
    const serial = createSerialSave(1, async (input: { text: string; version: number }) => {
      if (first) {
        first = false;
        throw new Error("network down");
      }
      return server.save(input);
    });
    const failed = serial.run({ text: "lost connection", version: 1 });
    const next = serial.run({ text: "retry", version: 1 });
    await expect(failed).rejects.toThrow("network down");
    expect(await next).toEqual({ ok: true, data: { version: 2 } });
  });
});
