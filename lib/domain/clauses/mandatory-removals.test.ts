import { describe, expect, it } from "vitest";
import { chosenVersionKey } from "./chosen-clauses";
import type { Clause } from "./clause-model";
import { reconcileMandatoryRemovals, type MandatoryClauseRemoval } from "./mandatory-removals";

const clause = (key: string, status: Clause["status"]) => ({ key, version: 1, status }) as unknown as Clause;
const definitions = new Map(
  [clause("licence", "MANDATORY"), clause("exit", "MANDATORY"), clause("escrow", "OPTIONAL")].map((definition) => [
    chosenVersionKey(definition.key, 1),
    definition,
  ]),
);
const chosen = (...keys: string[]) => keys.map((key) => ({ key, version: 1, values: {} }));
const actor = { userId: "u1", userName: "Dana Drafter" };
const at = "2026-11-22T10:00:00.000Z";

describe("reconcileMandatoryRemovals", () => {
  it("records a removed mandatory clause with its justification, who and when; optional ones need nothing", () => {
    const result = reconcileMandatoryRemovals({
      before: chosen("licence", "exit", "escrow"),
      after: chosen("exit"),
      recorded: [],
      justifications: [{ key: "licence", justification: "  The software is licensed by the framework agreement. " }],
      definitions,
      actor,
      at,
    });
    const expected: MandatoryClauseRemoval = {
      key: "licence",
      version: 1,
      justification: "The software is licensed by the framework agreement.",
      userId: "u1",
      userName: "Dana Drafter",
      at,
    };
    expect(result).toEqual({ removals: [expected], added: [expected], unjustified: [] });
  });

  it("names the mandatory clauses removed without a justification", () => {
    const result = reconcileMandatoryRemovals({
      before: chosen("licence", "exit"),
      after: [],
      recorded: [],
      justifications: [{ key: "exit", justification: "   " }],
      definitions,
      actor,
      at,
    });
    expect(result.unjustified.map((entry) => entry.key)).toEqual(["licence", "exit"]);
    expect(result.added).toEqual([]);
  });

  it("keeps earlier records while the clause stays out, and drops the record of a clause put back", () => {
    const earlier: MandatoryClauseRemoval = { ...actor, key: "licence", version: 1, justification: "Old", at: "x" };
    const exitRecord: MandatoryClauseRemoval = { ...earlier, key: "exit", justification: "Exit elsewhere" };
    // licence stays out (its record is kept as written, whatever the form sends); exit is back.
    const result = reconcileMandatoryRemovals({
      before: chosen("escrow"),
      after: chosen("escrow", "exit"),
      recorded: [earlier, exitRecord],
      justifications: [{ key: "licence", justification: "Rewritten" }],
      definitions,
      actor,
      at,
    });
    expect(result).toEqual({ removals: [earlier], added: [], unjustified: [] });
  });

  it("asks a justification for a clause the tender's template makes mandatory, though optional in the library", () => {
    // escrow is OPTIONAL in the library but MANDATORY in the template: removing it without a
    // reason is refused; with one it is recorded like a library-mandatory clause.
    const refused = reconcileMandatoryRemovals({
      before: chosen("escrow", "exit"),
      after: chosen("exit"),
      recorded: [],
      justifications: [],
      definitions,
      templateMandatoryKeys: new Set(["escrow"]),
      actor,
      at,
    });
    expect(refused.unjustified.map((entry) => entry.key)).toEqual(["escrow"]);

    const recorded = reconcileMandatoryRemovals({
      before: chosen("escrow", "exit"),
      after: chosen("exit"),
      recorded: [],
      justifications: [{ key: "escrow", justification: "The source code is delivered each month instead." }],
      definitions,
      templateMandatoryKeys: new Set(["escrow"]),
      actor,
      at,
    });
    expect(recorded.added).toEqual([
      { key: "escrow", version: 1, justification: "The source code is delivered each month instead.", ...actor, at },
    ]);
  });
});
