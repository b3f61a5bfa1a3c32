import { defineClause } from "./define-clause";
import { ANY_TENDER, DIGG_CHECKLIST, SLSA, STANDARD_FOR_PUBLIC_CODE, directive } from "./sources";

export const buildInstructions = defineClause({
  key: "build-instructions",
  version: 1,
  category: "SOURCE_CODE",
  topics: ["SOURCE_CODE_DELIVERY", "DOCUMENTATION"],
  status: "RECOMMENDED",
  applicability: ANY_TENDER,
  parameters: [{ name: "verificationDays", kind: "DAYS", required: true, min: 1, max: 60, default: 15 }],
  legalBasis: [directive("Art. 70 (conditions for performance)")],
  sources: [STANDARD_FOR_PUBLIC_CODE, DIGG_CHECKLIST, SLSA],
  content: {
    en: {
      title: "Build and deployment instructions",
      body: `1. The source code is delivered with written instructions that let a competent developer who does not work for the Contractor build, test, install and configure the software from scratch.
2. The build is automated and uses only tools available to anyone under open source licences or free of charge without restriction. It does not depend on any service, account, licence key or infrastructure controlled by the Contractor.
3. Building the same version twice from the same source gives functionally identical results; the Contractor makes the build reproducible wherever the tools allow it.
4. On request, within {{verificationDays}}, the Contractor demonstrates that a person designated by the Contracting Authority can follow the instructions successfully. Gaps found are corrected at the Contractor's cost.`,
      guidance: {
        why: "Code that only its authors can build is not really delivered. Build instructions and an automated build free of proprietary tools are what let another supplier, or the authority's own staff, take over.",
        whenToUse: "With the source code delivery clause, in every contract in which software is developed or adapted.",
        pitfalls:
          "Watch for builds that depend on the Contractor's private package registry, a commercial build service or licence keys. A test by a third party, not a document review, is the only reliable check.",
      },
      parameters: {
        verificationDays: {
          label: "Time to demonstrate the build",
          hint: "Calendar days after the authority asks for a demonstration.",
        },
      },
    },
    fr: {
      title: "Instructions de compilation et de déploiement",
      body: `1. Le code source est remis avec des instructions écrites permettant à un développeur compétent qui ne travaille pas pour le titulaire de compiler, tester, installer et configurer le logiciel à partir de zéro.
2. La compilation est automatisée et n'utilise que des outils accessibles à tous sous licence libre ou gratuitement et sans restriction. Elle ne dépend d'aucun service, compte, clé de licence ou infrastructure contrôlé par le titulaire.
3. Compiler deux fois la même version à partir des mêmes sources donne des résultats fonctionnellement identiques ; le titulaire rend la compilation reproductible partout où les outils le permettent.
4. Sur demande, dans un délai de {{verificationDays}}, le titulaire démontre qu'une personne désignée par l'acheteur peut suivre les instructions avec succès. Les lacunes constatées sont corrigées aux frais du titulaire.`,
      guidance: {
        why: "Un code que seuls ses auteurs savent compiler n'est pas vraiment remis. Des instructions de compilation et une chaîne automatisée sans outil propriétaire permettent à un autre prestataire, ou aux équipes de l'acheteur, de reprendre le logiciel.",
        whenToUse:
          "Avec la clause de remise du code source, dans tout marché où des logiciels sont développés ou adaptés.",
        pitfalls:
          "Méfiez-vous des compilations qui dépendent d'un registre de paquets privé du titulaire, d'un service de compilation commercial ou de clés de licence. Seul un essai par un tiers, et non une relecture de document, permet de vérifier.",
      },
      parameters: {
        verificationDays: {
          label: "Délai pour démontrer la compilation",
          hint: "Jours calendaires après la demande de démonstration.",
        },
      },
    },
    de: {
      title: "Build- und Deployment-Anleitung",
      body: `1. Der Quellcode wird mit einer schriftlichen Anleitung übergeben, mit der eine fachkundige Entwicklerin oder ein fachkundiger Entwickler, die nicht für den Auftragnehmer tätig sind, die Software von Grund auf bauen, testen, installieren und konfigurieren kann.
2. Der Build ist automatisiert und verwendet nur Werkzeuge, die allen unter Open-Source-Lizenzen oder unentgeltlich und ohne Einschränkung zur Verfügung stehen. Er hängt von keinem Dienst, Konto, Lizenzschlüssel und keiner Infrastruktur ab, die der Auftragnehmer kontrolliert.
3. Wird dieselbe Version zweimal aus denselben Quellen gebaut, sind die Ergebnisse funktional identisch; der Auftragnehmer macht den Build reproduzierbar, soweit die Werkzeuge es erlauben.
4. Auf Verlangen weist der Auftragnehmer spätestens {{verificationDays}} nach der Anforderung nach, dass eine vom Auftraggeber benannte Person die Anleitung erfolgreich befolgen kann. Festgestellte Lücken schließt der Auftragnehmer auf eigene Kosten.`,
      guidance: {
        why: "Code, den nur seine Autoren bauen können, ist nicht wirklich übergeben. Eine Build-Anleitung und ein automatisierter Build ohne proprietäre Werkzeuge ermöglichen es einem anderen Dienstleister oder den eigenen Fachleuten des Auftraggebers, die Software zu übernehmen.",
        whenToUse:
          "Zusammen mit der Klausel zur Übergabe des Quellcodes in jedem Vertrag, in dem Software entwickelt oder angepasst wird.",
        pitfalls:
          "Achten Sie auf Builds, die von einer privaten Paketquelle des Auftragnehmers, einem kommerziellen Build-Dienst oder Lizenzschlüsseln abhängen. Verlässlich ist nur ein Test durch Dritte, keine Durchsicht von Dokumenten.",
      },
      parameters: {
        verificationDays: {
          label: "Frist für den Nachweis des Builds",
          hint: "Kalendertage nach der Anforderung des Nachweises.",
        },
      },
    },
  },
});
