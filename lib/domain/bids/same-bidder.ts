/**
 * A bidder registered twice on the same lot of a tender. That can be lawful (a corrected bid sent
 * before the deadline, the first one then withdrawn) or a mistake (the same envelope entered
 * twice), so registering asks the person to confirm rather than refusing. Bidders are told apart by
 * their VAT or registration number, compared as the CSV import groups rows: ignoring case, spaces,
 * dots and hyphens ("be 0123.456-789" is "BE0123456789").
 */

export function registrationKey(registrationId: string): string {
  return registrationId.toUpperCase().replace(/[\s.-]/g, "");
}

/** A bid being registered, by its position in the form or file (0, 1, 2…). */
export type NewBidder = { registrationId: string; lotKey: string | null };
/** A bid already registered, not withdrawn: its receipt, and its bidder's key (from registrationKey). */
export type RegisteredBidder = { receiptNumber: number; key: string; lotKey: string | null };

export type SameBidder = {
  /** The position of the new bid in what is being registered. */
  index: number;
  registrationId: string;
  lotKey: string | null;
  /** Bids of the tender already registered for this bidder and lot. */
  receiptNumbers: number[];
  /** Other new bids, by position, for the same bidder and lot (a file with the bidder twice). */
  alsoAt: number[];
};

/** Every new bid whose bidder already has a bid on its lot, registered before or in the same batch. */
export function findSameBidders(incoming: readonly NewBidder[], registered: readonly RegisteredBidder[]): SameBidder[] {
  const keys = incoming.map((bid) => registrationKey(bid.registrationId));
  const sameLot = (a: string | null, b: string | null) => (a ?? "") === (b ?? "");
  return incoming.flatMap((bid, index) => {
    if (keys[index] === "") return [];
    const receiptNumbers = registered
      .filter((other) => other.key === keys[index] && sameLot(other.lotKey, bid.lotKey))
      .map((other) => other.receiptNumber)
      .sort((a, b) => a - b);
    const alsoAt = incoming.flatMap((other, position) =>
      position !== index && keys[position] === keys[index] && sameLot(other.lotKey, bid.lotKey) ? [position] : [],
    );
    if (receiptNumbers.length === 0 && alsoAt.length === 0) return [];
    return [{ index, registrationId: bid.registrationId, lotKey: bid.lotKey, receiptNumbers, alsoAt }];
  });
}
