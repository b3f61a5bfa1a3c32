import { defineClause } from "./define-clause";
import { ANY_TENDER, COMPLY_OR_EXPLAIN, EIF, directive } from "./sources";

export const openStandardsIdentity = defineClause({
  key: "open-standards-identity",
  version: 1,
  category: "OPEN_STANDARDS",
  topics: ["OPEN_STANDARDS", "INTEROPERABILITY"],
  status: "OPTIONAL",
  applicability: ANY_TENDER,
  parameters: [
    {
      name: "identityStandards",
      kind: "STANDARDS",
      required: true,
      areas: ["IDENTITY"],
      minItems: 1,
      default: ["OIDC-1.0", "SAML-2.0", "SCIM-2.0"],
    },
  ],
  legalBasis: [directive("Art. 42(3) (reference to standards)")],
  sources: [EIF, COMPLY_OR_EXPLAIN],
  content: {
    en: {
      title: "Open standards for sign-in and user management",
      body: `1. Users sign in to the solution through the Contracting Authority's existing identity provider, using {{identityStandards}}. The solution does not require a separate directory, or an identity service from a particular vendor, in order to work.
2. User accounts, groups and roles can be created, changed and removed automatically through the same open standards, so that people who leave the organisation lose access without manual steps.
3. Multi-factor authentication is supported through the identity provider. Local accounts, if any, are limited to emergency administration and are documented.`,
      guidance: {
        why: "Identity is where products most often tie an organisation to one vendor's directory or cloud. Standard sign-in and provisioning protocols let the authority keep one identity system for all its applications and change any of them independently.",
        whenToUse:
          "For any solution with named users, especially where staff already sign in through a central identity provider.",
        pitfalls:
          "Do not name a vendor's directory or cloud identity service as the required identity provider; name the protocols. Check that provisioning (not only sign-in) is covered, or leavers will keep accounts.",
      },
      parameters: {
        identityStandards: {
          label: "Identity standards",
          hint: "Sign-in (OpenID Connect, SAML) and user provisioning (SCIM) standards.",
        },
      },
    },
    fr: {
      title: "Normes ouvertes pour l'authentification et la gestion des utilisateurs",
      body: `1. Les utilisateurs se connectent à la solution par le fournisseur d'identité existant de l'acheteur, au moyen des normes {{identityStandards}}. La solution n'exige, pour fonctionner, ni annuaire séparé ni service d'identité d'un éditeur particulier.
2. Les comptes, groupes et rôles peuvent être créés, modifiés et supprimés automatiquement au moyen des mêmes normes ouvertes, de sorte que les personnes qui quittent l'organisation perdent leur accès sans intervention manuelle.
3. L'authentification multifacteur est prise en charge par le fournisseur d'identité. Les comptes locaux éventuels sont réservés à l'administration d'urgence et documentés.`,
      guidance: {
        why: "L'identité est le point où les produits lient le plus souvent une organisation à l'annuaire ou au nuage d'un éditeur. Des protocoles normalisés de connexion et de provisionnement permettent à l'acheteur de garder un seul système d'identité pour toutes ses applications et de changer chacune d'elles indépendamment.",
        whenToUse:
          "Pour toute solution à utilisateurs nominatifs, en particulier lorsque les agents se connectent déjà par un fournisseur d'identité central.",
        pitfalls:
          "Ne désignez pas l'annuaire ou le service d'identité en nuage d'un éditeur comme fournisseur obligatoire : nommez les protocoles. Vérifiez que le provisionnement (et pas seulement la connexion) est couvert, sinon les partants garderont leurs comptes.",
      },
      parameters: {
        identityStandards: {
          label: "Normes d'identité",
          hint: "Normes de connexion (OpenID Connect, SAML) et de provisionnement des utilisateurs (SCIM).",
        },
      },
    },
    de: {
      title: "Offene Standards für Anmeldung und Benutzerverwaltung",
      body: `1. Die Nutzenden melden sich über den bestehenden Identitätsanbieter des Auftraggebers an der Lösung an, mittels {{identityStandards}}. Die Lösung benötigt für ihren Betrieb weder ein eigenes Verzeichnis noch einen Identitätsdienst eines bestimmten Herstellers.
2. Konten, Gruppen und Rollen lassen sich über dieselben offenen Standards automatisch anlegen, ändern und entfernen, sodass Personen, die die Organisation verlassen, ohne manuelle Schritte ihren Zugang verlieren.
3. Mehr-Faktor-Authentisierung wird über den Identitätsanbieter unterstützt. Lokale Konten sind, falls vorhanden, auf Notfall-Administration beschränkt und dokumentiert.`,
      guidance: {
        why: "Bei der Identität binden Produkte eine Organisation am häufigsten an das Verzeichnis oder die Cloud eines Herstellers. Standardisierte Anmelde- und Provisionierungsprotokolle erlauben dem Auftraggeber, ein Identitätssystem für alle Anwendungen zu behalten und jede davon unabhängig zu wechseln.",
        whenToUse:
          "Für jede Lösung mit namentlichen Nutzenden, besonders wenn sich die Beschäftigten bereits über einen zentralen Identitätsanbieter anmelden.",
        pitfalls:
          "Nennen Sie nicht das Verzeichnis oder den Cloud-Identitätsdienst eines Herstellers als verpflichtenden Identitätsanbieter, sondern die Protokolle. Prüfen Sie, ob auch die Provisionierung (nicht nur die Anmeldung) abgedeckt ist, sonst behalten Ausgeschiedene ihre Konten.",
      },
      parameters: {
        identityStandards: {
          label: "Identitätsstandards",
          hint: "Standards für Anmeldung (OpenID Connect, SAML) und Benutzerprovisionierung (SCIM).",
        },
      },
    },
  },
});
