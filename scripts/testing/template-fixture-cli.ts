import {
  connectFixtureDatabase,
  createTemplateFixture,
  publishTemplateVersionFixture,
  revisedTemplateContent,
} from "./template-fixtures";

/**
 * The template fixtures from the command line, for Playwright specs: Playwright's TypeScript
 * loader cannot load the generated Prisma client (ES modules), so specs run this with tsx
 * (e2e/template-reuse/template-fixture.ts). Answers one line of JSON.
 *
 *   tsx scripts/testing/template-fixture-cli.ts create <publisher e-mail> <name>
 *   tsx scripts/testing/template-fixture-cli.ts publish-revised <template id> <changelog>
 */
async function main(): Promise<unknown> {
  const [command, first, second] = process.argv.slice(2);
  const db = connectFixtureDatabase();
  try {
    if (command === "create" && first && second) {
      const publisher = await db.user.findUniqueOrThrow({
        where: { email: first },
        select: { id: true, memberships: { select: { organisationId: true } } },
      });
      return await createTemplateFixture(db, {
        organisationId: publisher.memberships[0]!.organisationId,
        name: second,
        publishedById: publisher.id,
      });
    }
    if (command === "publish-revised" && first) {
      const number = await publishTemplateVersionFixture(db, first, revisedTemplateContent(), { changelog: second });
      return { number };
    }
    throw new Error(`Unknown command: ${process.argv.slice(2).join(" ")}`);
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
