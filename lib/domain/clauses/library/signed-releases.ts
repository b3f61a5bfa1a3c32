import { defineClause } from "./define-clause";
import { ANY_TENDER, DIGG_CHECKLIST, SIGSTORE, SLSA, cyberResilienceAct, directive } from "./sources";

export const signedReleases = defineClause({
  key: "signed-releases",
  version: 1,
  category: "SECURITY",
  topics: ["SECURITY", "SUPPLY_CHAIN_TRANSPARENCY"],
  status: "RECOMMENDED",
  applicability: ANY_TENDER,
  parameters: [],
  legalBasis: [
    directive("Art. 42(1) (technical specifications)"),
    cyberResilienceAct("Annex I, Part II, point 7 (secure distribution of updates)"),
  ],
  sources: [DIGG_CHECKLIST, SLSA, SIGSTORE],
  content: {
    en: {
      title: "Signed releases and build provenance",
      body: `1. Every release, update and container image the Contractor delivers is signed, together with its software bill of materials, using keys or an identity-based signing service whose verification material is public and documented.
2. Each release is produced by an automated build from the tagged source in the repository, and comes with provenance information stating which source, build environment and steps produced it.
3. The Contractor protects its signing keys and build systems against unauthorised use, requires multi-factor authentication and review for changes to the release branches, and informs the Contracting Authority without delay if a key or build system is compromised.
4. The Contracting Authority, or anyone it designates, can verify a release's signature and provenance with open source tools, without the Contractor's help.`,
      guidance: {
        why: "Attacks on the software supply chain replace genuine releases with tampered ones. Signatures and build provenance let the authority check that what it installs is exactly what was built from the reviewed source.",
        whenToUse:
          "For software the authority installs or runs itself, and for updates delivered by the supplier. It works with the SBOM clause: sign both.",
        pitfalls:
          "A signature is only useful if someone checks it: build verification into deployment. Keys kept on a developer's laptop defeat the purpose. Ask for verification with open tools, not a vendor's proprietary checker.",
      },
      parameters: {},
    },
    fr: {
      title: "Versions signées et provenance des compilations",
      body: `1. Chaque version, mise à jour et image de conteneur que remet le titulaire est signée, avec sa nomenclature logicielle, au moyen de clés ou d'un service de signature fondé sur l'identité dont les éléments de vérification sont publics et documentés.
2. Chaque version est produite par une compilation automatisée à partir des sources étiquetées du dépôt, et accompagnée d'informations de provenance indiquant quelles sources, quel environnement de compilation et quelles étapes l'ont produite.
3. Le titulaire protège ses clés de signature et ses systèmes de compilation contre toute utilisation non autorisée, exige l'authentification multifacteur et une relecture pour les modifications des branches de version, et informe l'acheteur sans délai si une clé ou un système de compilation est compromis.
4. L'acheteur, ou toute personne qu'il désigne, peut vérifier la signature et la provenance d'une version avec des outils libres, sans l'aide du titulaire.`,
      guidance: {
        why: "Les attaques contre la chaîne d'approvisionnement logicielle substituent aux versions authentiques des versions altérées. Signatures et provenance permettent à l'acheteur de vérifier que ce qu'il installe est exactement ce qui a été compilé à partir des sources relues.",
        whenToUse:
          "Pour les logiciels que l'acheteur installe ou exploite lui-même, et pour les mises à jour livrées par le prestataire. Elle va de pair avec la clause sur la nomenclature logicielle : signez les deux.",
        pitfalls:
          "Une signature n'est utile que si quelqu'un la vérifie : intégrez la vérification au déploiement. Des clés conservées sur l'ordinateur portable d'un développeur ruinent la démarche. Exigez une vérification avec des outils libres, pas avec l'outil propriétaire d'un éditeur.",
      },
      parameters: {},
    },
    de: {
      title: "Signierte Versionen und Build-Herkunft",
      body: `1. Jede Version, jede Aktualisierung und jedes Container-Image, das der Auftragnehmer liefert, wird zusammen mit seiner Software-Stückliste signiert, mit Schlüsseln oder einem identitätsbasierten Signaturdienst, deren Prüfmaterial öffentlich und dokumentiert ist.
2. Jede Version wird durch einen automatisierten Build aus dem markierten Quellstand im Repository erzeugt und mit Herkunftsangaben geliefert, aus denen hervorgeht, welcher Quellstand, welche Build-Umgebung und welche Schritte sie erzeugt haben.
3. Der Auftragnehmer schützt seine Signaturschlüssel und Build-Systeme vor unbefugter Nutzung, verlangt Mehr-Faktor-Authentisierung und Prüfung für Änderungen an den Release-Zweigen und unterrichtet den Auftraggeber unverzüglich, wenn ein Schlüssel oder Build-System kompromittiert ist.
4. Der Auftraggeber oder von ihm benannte Personen können Signatur und Herkunft einer Version mit Open-Source-Werkzeugen ohne Hilfe des Auftragnehmers prüfen.`,
      guidance: {
        why: "Angriffe auf die Software-Lieferkette ersetzen echte Versionen durch manipulierte. Signaturen und Build-Herkunft erlauben dem Auftraggeber zu prüfen, dass das Installierte genau das ist, was aus dem geprüften Quellcode gebaut wurde.",
        whenToUse:
          "Für Software, die der Auftraggeber selbst installiert oder betreibt, und für vom Dienstleister gelieferte Aktualisierungen. Sie gehört zur SBOM-Klausel: Signieren Sie beides.",
        pitfalls:
          "Eine Signatur nützt nur, wenn jemand sie prüft: Bauen Sie die Prüfung in die Bereitstellung ein. Schlüssel auf dem Laptop eines Entwicklers verfehlen den Zweck. Verlangen Sie die Prüfung mit offenen Werkzeugen, nicht mit dem proprietären Prüfprogramm eines Herstellers.",
      },
      parameters: {},
    },
  },
});
