/**
 * Local demo accounts, loaded by `npm start` outside production. They are public knowledge:
 * never enable demo data on a server reachable by others (see README).
 */
export const DEMO_PASSWORD = "demo-password-2026";

export const DEMO_ORGANISATIONS = [
  { referencePrefix: "MIN", name: "Ministry of Digital Affairs", country: "BE", authorityType: "CENTRAL" },
  { referencePrefix: "MUN", name: "City of Lindenau", country: "DE", authorityType: "SUB_CENTRAL" },
] as const;

type DemoRole = "DRAFTER" | "EVALUATOR" | "OSPO" | "ADMIN";

export type DemoAccount = {
  email: string;
  name: string;
  password: string;
  memberships: { organisation: (typeof DEMO_ORGANISATIONS)[number]["referencePrefix"]; roles: DemoRole[] }[];
};

const perRole = (domain: string, organisation: "MIN" | "MUN", people: Record<DemoRole, string>): DemoAccount[] =>
  (Object.entries(people) as [DemoRole, string][]).map(([role, name]) => ({
    email: `${role.toLowerCase()}@${domain}`,
    name,
    password: DEMO_PASSWORD,
    memberships: [{ organisation, roles: [role] }],
  }));

export const DEMO_ACCOUNTS: DemoAccount[] = [
  ...perRole("ministry.example", "MIN", {
    DRAFTER: "Amélie Drafter",
    EVALUATOR: "Bruno Evaluator",
    OSPO: "Chiara Ospo",
    ADMIN: "Dirk Admin",
  }),
  ...perRole("municipality.example", "MUN", {
    DRAFTER: "Eva Drafter",
    EVALUATOR: "Farid Evaluator",
    OSPO: "Greta Ospo",
    ADMIN: "Hugo Admin",
  }),
  // The Ministry's evaluation panel besides Bruno Evaluator: a chair and two more evaluators.
  ...[
    { email: "chair@ministry.example", name: "Jonas Chair" },
    { email: "evaluator2@ministry.example", name: "Katrin Evaluator" },
    { email: "evaluator3@ministry.example", name: "Luca Evaluator" },
  ].map((person): DemoAccount => ({
    ...person,
    password: DEMO_PASSWORD,
    memberships: [{ organisation: "MIN", roles: ["EVALUATOR"] }],
  })),
  {
    // Works for both authorities, with several roles: shows the organisation switcher.
    email: "consultant@demo.example",
    name: "Ines Consultant",
    password: DEMO_PASSWORD,
    memberships: [
      { organisation: "MIN", roles: ["DRAFTER", "EVALUATOR"] },
      { organisation: "MUN", roles: ["EVALUATOR"] },
    ],
  },
];
