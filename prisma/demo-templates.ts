import type { Locale } from "../lib/i18n/config";
import type { TemplateContent } from "../lib/domain/templates/template-content";
import type { DEMO_ORGANISATIONS } from "./demo-accounts";
import { COLLABORATION_SUITE, COLLABORATION_SUITE_NAME } from "./demo-templates/collaboration-suite";
import { COLLABORATION_SUITE_FR, COLLABORATION_SUITE_FR_NAME } from "./demo-templates/collaboration-suite-fr";
import { CUSTOM_SOFTWARE_NAME, CUSTOM_SOFTWARE_V1 } from "./demo-templates/custom-software";
import { CUSTOM_SOFTWARE_DE, CUSTOM_SOFTWARE_DE_NAME } from "./demo-templates/custom-software-de";
import { CUSTOM_SOFTWARE_V2, CUSTOM_SOFTWARE_V2_CHANGELOG } from "./demo-templates/custom-software-v2";
import { HOSTED_MAIL, HOSTED_MAIL_DEPRECATION_NOTE, HOSTED_MAIL_NAME } from "./demo-templates/hosted-mail";
import { INNOVATION_PARTNERSHIP, INNOVATION_PARTNERSHIP_NAME } from "./demo-templates/innovation-partnership";

/**
 * The demo templates of the public catalogue (issue 7), published by the demo authorities' OSPOs:
 * three templates in English, a French and a German translation, a second version with its
 * changelog, and an older template deprecated in favour of its successor. Loaded by
 * prisma/seed-demo-templates.ts, recognised by their slug.
 */

export type DemoTemplateVersion = {
  name: string;
  content: TemplateContent;
  changelog: string;
  /** Days before the seeding day it was published, so the catalogue's "newest" order means something. */
  publishedDaysAgo: number;
};

export type DemoTemplate = {
  slug: string;
  organisation: (typeof DEMO_ORGANISATIONS)[number]["referencePrefix"];
  /** The OSPO who published every version (prisma/demo-accounts.ts). */
  publishedBy: string;
  language: Locale;
  /** The slug of the template this one translates. */
  translationOf: string | null;
  /** Deprecated in favour of the template with this slug. */
  deprecation: { successor: string; note: string; daysAgo: number } | null;
  /** Oldest first: version 1, 2, … */
  versions: DemoTemplateVersion[];
};

const MINISTRY_OSPO = "ospo@ministry.example";
const MUNICIPALITY_OSPO = "ospo@municipality.example";

export const COLLABORATION_SUITE_SLUG = "open-source-collaboration-suite";
export const CUSTOM_SOFTWARE_SLUG = "custom-software-eupl";

export const DEMO_TEMPLATES: DemoTemplate[] = [
  {
    slug: COLLABORATION_SUITE_SLUG,
    organisation: "MIN",
    publishedBy: MINISTRY_OSPO,
    language: "en",
    translationOf: null,
    deprecation: null,
    versions: [
      {
        name: COLLABORATION_SUITE_NAME,
        content: COLLABORATION_SUITE,
        changelog: "First version.",
        publishedDaysAgo: 60,
      },
    ],
  },
  {
    slug: "suite-collaborative-open-source",
    organisation: "MIN",
    publishedBy: MINISTRY_OSPO,
    language: "fr",
    translationOf: COLLABORATION_SUITE_SLUG,
    deprecation: null,
    versions: [
      {
        name: COLLABORATION_SUITE_FR_NAME,
        content: COLLABORATION_SUITE_FR,
        changelog: "Première version, traduction de la version 1 du modèle anglais.",
        publishedDaysAgo: 45,
      },
    ],
  },
  {
    slug: CUSTOM_SOFTWARE_SLUG,
    organisation: "MIN",
    publishedBy: MINISTRY_OSPO,
    language: "en",
    translationOf: null,
    deprecation: null,
    versions: [
      { name: CUSTOM_SOFTWARE_NAME, content: CUSTOM_SOFTWARE_V1, changelog: "First version.", publishedDaysAgo: 120 },
      {
        name: CUSTOM_SOFTWARE_NAME,
        content: CUSTOM_SOFTWARE_V2,
        changelog: CUSTOM_SOFTWARE_V2_CHANGELOG,
        publishedDaysAgo: 20,
      },
    ],
  },
  {
    slug: "individualsoftware-eupl",
    organisation: "MUN",
    publishedBy: MUNICIPALITY_OSPO,
    language: "de",
    translationOf: CUSTOM_SOFTWARE_SLUG,
    deprecation: null,
    versions: [
      {
        name: CUSTOM_SOFTWARE_DE_NAME,
        content: CUSTOM_SOFTWARE_DE,
        changelog: "Erste Version: Übersetzung der Version 2 der englischen Vorlage des Ministeriums.",
        publishedDaysAgo: 10,
      },
    ],
  },
  {
    slug: "innovation-partnership-open-source-alternative",
    organisation: "MUN",
    publishedBy: MUNICIPALITY_OSPO,
    language: "en",
    translationOf: null,
    deprecation: null,
    versions: [
      {
        name: INNOVATION_PARTNERSHIP_NAME,
        content: INNOVATION_PARTNERSHIP,
        changelog: "First version.",
        publishedDaysAgo: 30,
      },
    ],
  },
  {
    slug: "hosted-mail-and-calendar",
    organisation: "MIN",
    publishedBy: MINISTRY_OSPO,
    language: "en",
    translationOf: null,
    deprecation: { successor: COLLABORATION_SUITE_SLUG, note: HOSTED_MAIL_DEPRECATION_NOTE, daysAgo: 55 },
    versions: [{ name: HOSTED_MAIL_NAME, content: HOSTED_MAIL, changelog: "First version.", publishedDaysAgo: 400 }],
  },
];
