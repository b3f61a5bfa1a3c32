import type { Clause } from "../clause-model";

/** Types a library clause where it is written, so a mistake shows in that file. */
export function defineClause(clause: Clause): Clause {
  return clause;
}
