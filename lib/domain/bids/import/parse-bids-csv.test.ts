import { describe, expect, it } from "vitest";
import type { BidRegistrationContext } from "../check-bid-registration";
import { CSV_COLUMNS, csvTemplate } from "./csv-format";
import { parseBidsCsv } from "./parse-bids-csv";

// Horizon 4 years: cost years 0 (start), 1–4 (contract), 5 (exit period).
const TENDER: BidRegistrationContext = {
  tcoHorizonYears: 4,
  lotKeys: [],
  requiredStandardIds: [],
  tenderDeadline: "2026-11-20",
  publicationDate: "2026-10-01",
};
const WITH_LOTS: BidRegistrationContext = { ...TENDER, lotKeys: ["LOT-1", "LOT-2"] };

const HEADER = CSV_COLUMNS.join(",");
const codeworks = "Codeworks Coop,BE,BE0123456789,yes,Ana Lopes,tenders@codeworks.example";
const GOOD = [
  HEADER,
  `${codeworks},,2026-11-19 10:30,Case management on open components,yes,IMPLEMENTATION,0,"90,000.00",Build`,
  `${codeworks},,2026-11-19 10:30,Case management on open components,yes,support_maintenance,1,12000,`,
  `${codeworks},,2026-11-19 10:30,Case management on open components,yes,EXIT,5,3000.5,Hand-over`,
  "Logiciels Libres SA,FR,FR12345678901,no,,,,2026-11-20 23:59,,no,LICENCES,0,0,",
].join("\n");

describe("parseBidsCsv: good files", () => {
  it("groups the rows of each bidder into one bid, amounts in cents", () => {
    const result = parseBidsCsv(GOOD, TENDER);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bids).toHaveLength(2);
    const [first, second] = result.bids;
    expect(first!.receivedAt.toISOString()).toBe("2026-11-19T10:30:00.000Z");
    expect(first!.content).toMatchObject({
      bidder: { name: "Codeworks Coop", country: "BE", registrationId: "BE0123456789", isSme: true },
      lotKey: null,
      claimsOpenSource: true,
      costLines: [
        // "90,000.00" → 9,000,000 cents; "3000.5" → 300,050 cents.
        { category: "IMPLEMENTATION", year: 0, amountCents: 9_000_000, note: "Build" },
        { category: "SUPPORT_MAINTENANCE", year: 1, amountCents: 1_200_000, note: "" },
        { category: "EXIT", year: 5, amountCents: 300_050, note: "Hand-over" },
      ],
      components: [],
    });
    // Received at 23:59 on the deadline day: on time.
    expect(second!.content).toMatchObject({ bidder: { name: "Logiciels Libres SA", isSme: false }, costLines: [{}] });
  });

  it("reads semicolons, decimal commas, a byte-order mark and columns in another order", () => {
    const columns = [...CSV_COLUMNS].reverse();
    const row: Record<string, string> = {
      bidder_name: "Stadtwerk IT GmbH",
      bidder_country: "de",
      bidder_registration_id: "DE 123 456 789",
      bidder_is_sme: "Ja",
      contact_name: "",
      contact_email: "",
      lot: "lot-2",
      received_at: "2026-11-01T08:00",
      solution: "",
      claims_open_source: "",
      category: "hosting",
      year: "2",
      amount: "1.234,56",
      note: "",
    };
    const csv = `\uFEFF${columns.join(";")}\r\n${columns.map((column) => row[column]).join(";")}\r\n`;
    const result = parseBidsCsv(csv, WITH_LOTS);
    expect(result.ok && result.bids[0]!.content).toMatchObject({
      bidder: { country: "DE", isSme: true },
      lotKey: "LOT-2",
      claimsOpenSource: false,
      // "1.234,56" → 123,456 cents.
      costLines: [{ category: "HOSTING", year: 2, amountCents: 123_456 }],
    });
  });

  it("the same bidder on two lots gives two bids", () => {
    const csv = [
      HEADER,
      `${codeworks},LOT-1,2026-11-19 10:30,,no,LICENCES,0,100,`,
      `${codeworks},LOT-2,2026-11-19 10:30,,no,LICENCES,0,200,`,
    ].join("\n");
    const result = parseBidsCsv(csv, WITH_LOTS);
    expect(result.ok && result.bids.map((bid) => bid.content.lotKey)).toEqual(["LOT-1", "LOT-2"]);
  });

  it("the template is the header row", () => {
    expect(csvTemplate()).toBe(`${HEADER}\r\n`);
  });
});

describe("parseBidsCsv: broken files, every problem by row and column", () => {
  it("an empty file, or a header alone", () => {
    expect(parseBidsCsv("  \n", TENDER)).toEqual({
      ok: false,
      problems: [{ row: null, field: null, message: "problems.bidImport.empty" }],
    });
    expect(parseBidsCsv(`${HEADER}\n`, TENDER)).toEqual({
      ok: false,
      problems: [{ row: null, field: null, message: "problems.bidImport.noRows" }],
    });
  });

  it("malformed CSV: a quote never closed, a quote in the middle of a value", () => {
    expect(parseBidsCsv(`${HEADER}\n"Codeworks,BE`, TENDER)).toEqual({
      ok: false,
      problems: [{ row: 2, field: null, message: "problems.bidImport.quoteNotClosed" }],
    });
    expect(parseBidsCsv(`${HEADER}\nCode"works",BE`, TENDER)).toMatchObject({
      ok: false,
      problems: [{ row: 2, message: "problems.bidImport.quoteMisplaced" }],
    });
  });

  it("missing, unknown and repeated columns", () => {
    const header = HEADER.replace("contact_email", "email").replace(",note", ",note,note");
    const result = parseBidsCsv(`${header}\n`, TENDER);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          row: 1,
          field: "email",
          message: `problems.bidImport.columnUnknown?{"column":"email","columns":"${CSV_COLUMNS.join(", ")}"}`,
        },
        { row: 1, field: "note", message: 'problems.bidImport.columnTwice?{"column":"note"}' },
        { row: 1, field: "contact_email", message: 'problems.bidImport.columnMissing?{"column":"contact_email"}' },
      ],
    });
  });

  it("a row with too few values", () => {
    const result = parseBidsCsv(`${HEADER}\nCodeworks Coop,BE`, TENDER);
    expect(result).toEqual({
      ok: false,
      problems: [{ row: 2, field: null, message: 'problems.bidImport.wrongValueCount?{"found":2,"expected":14}' }],
    });
  });

  it("negative, non-numeric and missing amounts; unknown categories; years not numbers or outside the horizon", () => {
    const line = (category: string, year: string, amount: string) =>
      `${codeworks},,2026-11-19 10:30,,no,${category},${year},${amount},`;
    const csv = [
      HEADER,
      line("LICENCES", "0", "-100"), // row 2
      line("LICENCES", "1", "twelve"), // row 3
      line("COFFEE", "1", "100"), // row 4
      line("HOSTING", "one", "100"), // row 5
      // Horizon 4 + exit period 1: the last year is 5, so 6 is outside.
      line("HOSTING", "6", "100"), // row 6
      line("HOSTING", "2", ""), // row 7
    ].join("\n");
    const result = parseBidsCsv(csv, TENDER);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      { row: 2, field: "amount", message: "validation.money.negative" },
      { row: 3, field: "amount", message: 'problems.bidImport.amountNotANumber?{"value":"twelve"}' },
      {
        row: 4,
        field: "category",
        message: expect.stringContaining('problems.bidImport.categoryUnknown?{"value":"COFFEE"'),
      },
      { row: 5, field: "year", message: 'problems.bidImport.yearNotANumber?{"value":"one"}' },
      { row: 6, field: "year", message: 'problems.bid.yearOutsideHorizon?{"year":6,"maxYear":5,"horizon":4}' },
      { row: 7, field: "amount", message: "validation.required" },
    ]);
  });

  it("bidder fields that differ between the rows of one bid", () => {
    const csv = [
      HEADER,
      `${codeworks},,2026-11-19 10:30,Case management,yes,LICENCES,0,100,`,
      // Same bid (registration id written with spaces): another name and another time.
      "Codeworks,BE,BE 0123456789,true,Ana Lopes,tenders@codeworks.example,,2026-11-19 11:00,Case management,yes,HOSTING,1,100,",
    ].join("\n");
    expect(parseBidsCsv(csv, TENDER)).toEqual({
      ok: false,
      problems: [
        {
          row: 3,
          field: "bidder_name",
          message:
            'problems.bidImport.bidderFieldsDiffer?{"column":"bidder_name","firstRow":2,"value":"Codeworks","firstValue":"Codeworks Coop"}',
        },
        {
          row: 3,
          field: "received_at",
          message:
            'problems.bidImport.bidderFieldsDiffer?{"column":"received_at","firstRow":2,"value":"2026-11-19 11:00","firstValue":"2026-11-19 10:30"}',
        },
      ],
    });
  });

  it("bid-level values: yes/no, receipt time, country, e-mail, lot; a late bid", () => {
    const csv = [
      HEADER,
      "Codeworks Coop,Belgium,BE0123456789,maybe,,not-an-email,,19/11/2026,,no,LICENCES,0,100,",
      "Late Ltd,IE,IE1234567X,no,,,,2026-11-21 00:01,,no,LICENCES,0,100,",
      "Lots Ltd,IE,IE7654321X,no,,,LOT-1,2026-11-19 10:00,,no,LICENCES,0,100,",
    ].join("\n");
    expect(parseBidsCsv(csv, TENDER)).toEqual({
      ok: false,
      problems: [
        { row: 2, field: "bidder_is_sme", message: 'problems.bidImport.booleanInvalid?{"value":"maybe"}' },
        { row: 2, field: "received_at", message: 'problems.bidImport.receivedAtInvalid?{"value":"19/11/2026"}' },
        { row: 2, field: "bidder_country", message: "validation.countryInvalid" },
        { row: 2, field: "contact_email", message: "validation.emailInvalid" },
        {
          row: 3,
          field: "received_at",
          message: 'problems.bidReception.receivedAfterDeadline?{"received":"2026-11-21","deadline":"2026-11-20"}',
        },
        { row: 4, field: "lot", message: 'problems.bid.lotNotExpected?{"lot":"LOT-1"}' },
      ],
    });
  });

  it("a tender with lots needs a known lot on every bid", () => {
    const csv = [
      HEADER,
      `${codeworks},,2026-11-19 10:30,,no,LICENCES,0,100,`,
      "Other SA,FR,FR999,no,,,LOT-9,2026-11-19 10:30,,no,LICENCES,0,100,",
    ].join("\n");
    expect(parseBidsCsv(csv, WITH_LOTS)).toEqual({
      ok: false,
      problems: [
        { row: 2, field: "lot", message: "problems.bid.lotRequired" },
        { row: 3, field: "lot", message: 'problems.bid.lotUnknown?{"lot":"LOT-9","lots":"LOT-1, LOT-2"}' },
      ],
    });
  });
});
