import { defineClause } from "./define-clause";
import {
  ANY_TENDER,
  CLOUD_SOVEREIGNTY_FRAMEWORK,
  OSOR_GUIDELINE,
  SHARING_AND_REUSE,
  STANDARD_FOR_PUBLIC_CODE,
  directive,
} from "./sources";

export const sourceCodeDelivery = defineClause({
  key: "source-code-delivery",
  version: 1,
  category: "SOURCE_CODE",
  topics: ["SOURCE_CODE_DELIVERY"],
  status: "MANDATORY",
  applicability: ANY_TENDER,
  parameters: [{ name: "deliveryDays", kind: "DAYS", required: true, min: 1, max: 90, default: 10 }],
  legalBasis: [directive("Art. 42(1) (technical specifications)"), directive("Art. 70 (conditions for performance)")],
  sources: [STANDARD_FOR_PUBLIC_CODE, OSOR_GUIDELINE, SHARING_AND_REUSE, CLOUD_SOVEREIGNTY_FRAMEWORK],
  content: {
    en: {
      title: "Delivery of the source code",
      body: `1. With each release, and at the latest {{deliveryDays}} after it, the Contractor delivers to the Contracting Authority the complete corresponding source code of the software developed or adapted under the contract.
2. "Complete corresponding source code" means everything needed to build, install and run the release without the Contractor's help: the source files in the form preferred for making changes, configuration, build and deployment scripts, database schemas and migrations, dependency manifests with exact versions, and automated tests.
3. The code is delivered in a version control repository that keeps the full history of changes, not as an archive of the final state only.
4. A final, complete delivery is due at the end of the contract, whatever the reason for its end, and before the last payment.
5. The Contracting Authority may check at any time that the delivered code builds to the software in use. Where it does not, the Contractor corrects the delivery at its own cost.`,
      guidance: {
        why: "Rights to the code are worth little without the code itself. Regular, complete delivery keeps the authority able to maintain the software, to verify what it runs and to change supplier, rather than discovering at the end of the contract that the code is missing or cannot be built.",
        whenToUse:
          "In every contract in which software is developed or adapted. It complements the licence clause, which grants the rights, and the build instructions clause, which makes the code usable.",
        pitfalls:
          "Delivery 'at the end of the contract' only is too late: insist on each release. An archive without history hides who changed what and why. Tie the last payment to the final delivery, otherwise you have no leverage left.",
      },
      parameters: {
        deliveryDays: {
          label: "Time to deliver after each release",
          hint: "Calendar days after a release is put into service.",
        },
      },
    },
    fr: {
      title: "Remise du code source",
      body: `1. À chaque version, et au plus tard {{deliveryDays}} après celle-ci, le titulaire remet à l'acheteur le code source complet et correspondant des logiciels développés ou adaptés au titre du marché.
2. Par « code source complet et correspondant », on entend tout ce qui est nécessaire pour compiler, installer et exécuter la version sans l'aide du titulaire : les fichiers sources sous la forme privilégiée pour y apporter des modifications, la configuration, les scripts de compilation et de déploiement, les schémas et migrations de base de données, les manifestes de dépendances avec leurs versions exactes et les tests automatisés.
3. Le code est remis dans un dépôt de gestion de versions qui conserve l'historique complet des modifications, et non sous la forme d'une simple archive de l'état final.
4. Une remise finale et complète est due à la fin du marché, quelle qu'en soit la cause, et avant le dernier paiement.
5. L'acheteur peut vérifier à tout moment que le code remis permet de reconstruire le logiciel en service. Si ce n'est pas le cas, le titulaire corrige la remise à ses frais.`,
      guidance: {
        why: "Les droits sur le code valent peu sans le code lui-même. Une remise régulière et complète permet à l'acheteur de maintenir le logiciel, de vérifier ce qu'il exploite et de changer de prestataire, au lieu de découvrir en fin de marché que le code manque ou ne se compile pas.",
        whenToUse:
          "Dans tout marché où des logiciels sont développés ou adaptés. Elle complète la clause de licence, qui accorde les droits, et celle sur les instructions de compilation, qui rend le code exploitable.",
        pitfalls:
          "Une remise « en fin de marché » seulement arrive trop tard : exigez-la à chaque version. Une archive sans historique masque qui a changé quoi et pourquoi. Liez le dernier paiement à la remise finale, faute de quoi vous n'aurez plus de levier.",
      },
      parameters: {
        deliveryDays: {
          label: "Délai de remise après chaque version",
          hint: "Jours calendaires après la mise en service d'une version.",
        },
      },
    },
    de: {
      title: "Übergabe des Quellcodes",
      body: `1. Mit jeder Version, spätestens jedoch {{deliveryDays}} danach, übergibt der Auftragnehmer dem Auftraggeber den vollständigen zugehörigen Quellcode der im Rahmen des Vertrags entwickelten oder angepassten Software.
2. „Vollständiger zugehöriger Quellcode“ ist alles, was erforderlich ist, um die Version ohne Hilfe des Auftragnehmers zu bauen, zu installieren und zu betreiben: die Quelldateien in der für Änderungen bevorzugten Form, Konfiguration, Build- und Deployment-Skripte, Datenbankschemata und -migrationen, Abhängigkeitsmanifeste mit exakten Versionen sowie automatisierte Tests.
3. Der Code wird in einem Versionsverwaltungs-Repository mit vollständiger Änderungshistorie übergeben, nicht als bloßes Archiv des Endstands.
4. Zum Vertragsende, gleich aus welchem Grund, und vor der Schlusszahlung ist eine abschließende vollständige Übergabe geschuldet.
5. Der Auftraggeber darf jederzeit prüfen, ob sich aus dem übergebenen Code die eingesetzte Software bauen lässt. Ist dies nicht der Fall, bessert der Auftragnehmer die Übergabe auf eigene Kosten nach.`,
      guidance: {
        why: "Rechte am Code sind ohne den Code selbst wenig wert. Eine regelmäßige, vollständige Übergabe erhält dem Auftraggeber die Fähigkeit, die Software zu pflegen, zu prüfen, was er betreibt, und den Dienstleister zu wechseln, statt am Vertragsende festzustellen, dass Code fehlt oder sich nicht bauen lässt.",
        whenToUse:
          "In jedem Vertrag, in dem Software entwickelt oder angepasst wird. Sie ergänzt die Lizenzklausel, die die Rechte gewährt, und die Klausel zu Build-Anleitungen, die den Code nutzbar macht.",
        pitfalls:
          "Eine Übergabe erst „zum Vertragsende“ kommt zu spät: Verlangen Sie sie mit jeder Version. Ein Archiv ohne Historie verbirgt, wer was warum geändert hat. Knüpfen Sie die Schlusszahlung an die abschließende Übergabe, sonst bleibt Ihnen kein Druckmittel.",
      },
      parameters: {
        deliveryDays: {
          label: "Frist für die Übergabe nach jeder Version",
          hint: "Kalendertage nach Inbetriebnahme einer Version.",
        },
      },
    },
  },
});
