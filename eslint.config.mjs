import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const PROCESS_ENV = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: "Read settings through getEnv() in lib/env.ts, the one place that validates them.",
};

const config = [
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      // Font files as base64 (scripts/generate-pdf-fonts.ts).
      "lib/domain/documents/pdf/fonts/*.generated.ts",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "max-lines": ["warn", { max: 300, skipBlankLines: true, skipComments: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", PROCESS_ENV],
    },
  },
  {
    // Scripts, configuration and the seed run outside the app and read their own environment.
    files: ["scripts/**", "prisma/**", "e2e/**", "*.config.*", "lib/env.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    // Playwright fixtures receive a `use` callback that the React hooks rule mistakes for React's `use`.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // The domain is pure: no I/O, no framework, so it can be tested and reused from the CLI.
    files: ["lib/domain/**"],
    // Tests may read fixtures from disk; the code under test may not.
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/server/*", "@/lib/generated/*", "next", "next/*", "react", "react-dom", "node:*", "pg"],
              message: "lib/domain is pure: no I/O and no framework.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**", "components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/generated/*"], message: "Only lib/server talks to Prisma." }] },
      ],
    },
  },
  {
    // UI code never touches the database; only types may cross from lib/server.
    files: ["components/**", "app/**/*-form.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/server/*"],
              allowTypeImports: true,
              message: "Components receive data; they do not load it.",
            },
            { group: ["@/lib/generated/*"], message: "Components receive DTOs, never Prisma types." },
          ],
        },
      ],
    },
  },
];

export default config;
