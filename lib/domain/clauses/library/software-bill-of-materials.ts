import { defineClause } from "./define-clause";
import {
  ANY_TENDER,
  CLOUD_SOVEREIGNTY_FRAMEWORK,
  CYCLONEDX,
  DIGG_CHECKLIST,
  SPDX_SPEC,
  cyberResilienceAct,
  directive,
} from "./sources";

export const softwareBillOfMaterials = defineClause({
  key: "software-bill-of-materials",
  version: 1,
  category: "SECURITY",
  topics: ["SBOM_AND_COMPONENTS", "SUPPLY_CHAIN_TRANSPARENCY", "SECURITY"],
  status: "RECOMMENDED",
  applicability: ANY_TENDER,
  parameters: [
    {
      name: "sbomFormats",
      kind: "STANDARDS",
      required: true,
      areas: ["SOFTWARE_METADATA"],
      minItems: 1,
      join: "or",
      default: ["SPDX-2.3", "CYCLONEDX-1.6"],
    },
  ],
  legalBasis: [
    directive("Art. 42(1) (technical specifications)"),
    cyberResilienceAct("Annex I, Part II, point 1 (identify and document components, including an SBOM)"),
  ],
  sources: [SPDX_SPEC, CYCLONEDX, DIGG_CHECKLIST, CLOUD_SOVEREIGNTY_FRAMEWORK],
  content: {
    en: {
      title: "Software bill of materials (SBOM)",
      body: `1. With each release the Contractor delivers a software bill of materials in {{sbomFormats}}, in machine-readable form, generated from the build itself rather than written by hand.
2. The SBOM lists every component contained in the release, including indirect dependencies and components of container images, each with its name, version, supplier, a unique identifier (such as a package URL) and its licence as an SPDX expression.
3. The Contractor keeps the SBOMs of all releases in service, uses them to detect known vulnerabilities in components, and informs the Contracting Authority of affected components as set out in the vulnerability handling clause.
4. A component found in the software but missing from its SBOM is treated as a defect.`,
      guidance: {
        why: "You cannot secure, licence-check or replace what you do not know you have. A machine-readable SBOM tells the authority within minutes whether a newly announced vulnerability affects it, and shows every licence in the supply chain.",
        whenToUse:
          "For all software delivered or operated under the contract. The Cyber Resilience Act will require SBOMs for products with digital elements; asking for them in every contract prepares for it.",
        pitfalls:
          "A hand-written list is outdated by the next build; require generation from the build. An SBOM that stops at direct dependencies misses most of the code. Accept either SPDX or CycloneDX: both are open standards, and tools convert between them.",
      },
      parameters: {
        sbomFormats: { label: "SBOM formats accepted", hint: "The Contractor may use any one of them." },
      },
    },
    fr: {
      title: "Nomenclature logicielle (SBOM)",
      body: `1. À chaque version, le titulaire remet une nomenclature logicielle au format {{sbomFormats}}, lisible par machine, produite à partir de la compilation elle-même et non rédigée à la main.
2. La nomenclature liste chaque composant contenu dans la version, dépendances indirectes et composants des images de conteneurs compris, chacun avec son nom, sa version, son fournisseur, un identifiant unique (tel qu'une URL de paquet) et sa licence sous forme d'expression SPDX.
3. Le titulaire conserve les nomenclatures de toutes les versions en service, s'en sert pour détecter les vulnérabilités connues des composants et informe l'acheteur des composants concernés comme le prévoit la clause de gestion des vulnérabilités.
4. Un composant présent dans le logiciel mais absent de sa nomenclature est traité comme une anomalie.`,
      guidance: {
        why: "On ne peut sécuriser, vérifier sur le plan des licences ou remplacer ce que l'on ne sait pas posséder. Une nomenclature lisible par machine indique en quelques minutes à l'acheteur si une vulnérabilité nouvellement publiée le concerne, et montre chaque licence de la chaîne d'approvisionnement.",
        whenToUse:
          "Pour tout logiciel livré ou exploité au titre du marché. Le règlement sur la cyberrésilience exigera des nomenclatures pour les produits comportant des éléments numériques ; les demander dans chaque marché y prépare.",
        pitfalls:
          "Une liste écrite à la main est périmée dès la compilation suivante ; exigez qu'elle soit générée. Une nomenclature limitée aux dépendances directes ignore l'essentiel du code. Acceptez SPDX comme CycloneDX : ce sont deux normes ouvertes, et des outils convertissent de l'une à l'autre.",
      },
      parameters: {
        sbomFormats: {
          label: "Formats de nomenclature acceptés",
          hint: "Le titulaire peut utiliser l'un quelconque d'entre eux.",
        },
      },
    },
    de: {
      title: "Software-Stückliste (SBOM)",
      body: `1. Mit jeder Version liefert der Auftragnehmer eine maschinenlesbare Software-Stückliste im Format {{sbomFormats}}, die aus dem Build selbst erzeugt und nicht von Hand geschrieben wird.
2. Die Stückliste führt jede in der Version enthaltene Komponente auf, einschließlich indirekter Abhängigkeiten und der Komponenten von Container-Images, jeweils mit Name, Version, Lieferant, einer eindeutigen Kennung (etwa einer Package-URL) und ihrer Lizenz als SPDX-Ausdruck.
3. Der Auftragnehmer bewahrt die Stücklisten aller eingesetzten Versionen auf, nutzt sie, um bekannte Schwachstellen in Komponenten zu erkennen, und unterrichtet den Auftraggeber nach der Klausel zum Umgang mit Schwachstellen über betroffene Komponenten.
4. Eine Komponente, die in der Software enthalten ist, aber in ihrer Stückliste fehlt, gilt als Mangel.`,
      guidance: {
        why: "Was man nicht kennt, kann man weder absichern noch lizenzrechtlich prüfen noch ersetzen. Eine maschinenlesbare Stückliste zeigt dem Auftraggeber binnen Minuten, ob eine neu bekannt gewordene Schwachstelle ihn betrifft, und macht jede Lizenz der Lieferkette sichtbar.",
        whenToUse:
          "Für jede im Rahmen des Vertrags gelieferte oder betriebene Software. Der Cyber Resilience Act wird Stücklisten für Produkte mit digitalen Elementen verlangen; wer sie in jedem Vertrag fordert, ist vorbereitet.",
        pitfalls:
          "Eine handgeschriebene Liste ist mit dem nächsten Build veraltet; verlangen Sie die Erzeugung aus dem Build. Eine Stückliste, die bei den direkten Abhängigkeiten endet, übersieht den Großteil des Codes. Akzeptieren Sie SPDX oder CycloneDX: Beide sind offene Standards, und Werkzeuge wandeln zwischen ihnen um.",
      },
      parameters: {
        sbomFormats: { label: "Zulässige SBOM-Formate", hint: "Der Auftragnehmer kann eines davon wählen." },
      },
    },
  },
});
