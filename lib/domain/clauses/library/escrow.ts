import { defineClause } from "./define-clause";
import { ANY_TENDER, CLOUD_SOVEREIGNTY_FRAMEWORK, OSOR_GUIDELINE, directive } from "./sources";

export const escrow = defineClause({
  key: "escrow",
  version: 1,
  category: "EXIT",
  topics: ["ESCROW", "EXIT_AND_PORTABILITY"],
  status: "OPTIONAL",
  applicability: ANY_TENDER,
  parameters: [{ name: "depositMonths", kind: "MONTHS", required: true, min: 1, max: 24, default: 6 }],
  legalBasis: [directive("Art. 70 (conditions for performance)")],
  sources: [OSOR_GUIDELINE, CLOUD_SOVEREIGNTY_FRAMEWORK],
  content: {
    en: {
      title: "Escrow of proprietary components",
      body: `This clause applies only to components that the tender accepts as not open source (the "proprietary remainder").

1. Within one month of the contract start, the Contractor deposits the complete source code of each component of the proprietary remainder, with its build instructions and documentation, with an independent escrow agent accepted by the Contracting Authority. The Contractor bears the cost of the escrow.
2. The deposit is updated at least every {{depositMonths}} and with each major release. At the Contracting Authority's request the escrow agent verifies that the deposit builds into the version in use.
3. The deposit is released to the Contracting Authority, with the right to use, modify and have the components maintained by third parties for its own purposes, if the Contractor or the rights holder becomes insolvent, ceases business, stops supporting the component while the contract runs, or seriously breaches its maintenance obligations without remedying them within a reasonable period.`,
      guidance: {
        why: "When part of a solution cannot be open source, escrow is the safety net: if the supplier disappears or stops supporting it, the authority can still keep the system running. It limits, but does not remove, the dependency.",
        whenToUse:
          "Only for a proprietary remainder that the tender accepts explicitly, for example a specialised component with no open alternative. Prefer open source components wherever they exist.",
        pitfalls:
          "An unverified deposit is often incomplete or outdated: ask for verification builds. Make the release events precise and include 'end of support', not only insolvency. Escrow does not replace the right to publish or to change supplier for the open parts.",
      },
      parameters: {
        depositMonths: { label: "Update interval of the deposit", hint: "Maximum months between two deposits." },
      },
    },
    fr: {
      title: "Séquestre des composants propriétaires",
      body: `Cette clause ne s'applique qu'aux composants que la consultation accepte comme non libres (la « part propriétaire »).

1. Dans le mois qui suit le début du marché, le titulaire dépose le code source complet de chaque composant de la part propriétaire, avec ses instructions de compilation et sa documentation, auprès d'un tiers séquestre indépendant agréé par l'acheteur. Le titulaire supporte le coût du séquestre.
2. Le dépôt est mis à jour au moins tous les {{depositMonths}} et à chaque version majeure. À la demande de l'acheteur, le tiers séquestre vérifie que le dépôt permet de reconstruire la version en service.
3. Le dépôt est remis à l'acheteur, avec le droit d'utiliser, de modifier et de faire maintenir les composants par des tiers pour ses propres besoins, si le titulaire ou le détenteur des droits fait l'objet d'une procédure collective, cesse son activité, cesse de maintenir le composant pendant la durée du marché, ou manque gravement à ses obligations de maintenance sans y remédier dans un délai raisonnable.`,
      guidance: {
        why: "Lorsqu'une partie de la solution ne peut être libre, le séquestre est le filet de sécurité : si le prestataire disparaît ou cesse la maintenance, l'acheteur peut encore faire fonctionner le système. Il limite la dépendance sans la supprimer.",
        whenToUse:
          "Uniquement pour une part propriétaire que la consultation accepte explicitement, par exemple un composant spécialisé sans alternative libre. Préférez les composants libres partout où ils existent.",
        pitfalls:
          "Un dépôt non vérifié est souvent incomplet ou périmé : exigez des compilations de vérification. Précisez les cas de remise et incluez la « fin de maintenance », pas seulement l'insolvabilité. Le séquestre ne remplace pas le droit de publier ou de changer de prestataire pour les parties libres.",
      },
      parameters: {
        depositMonths: {
          label: "Périodicité de mise à jour du dépôt",
          hint: "Nombre maximal de mois entre deux dépôts.",
        },
      },
    },
    de: {
      title: "Hinterlegung proprietärer Komponenten",
      body: `Diese Klausel gilt nur für Komponenten, die die Ausschreibung ausdrücklich als nicht quelloffen zulässt (der „proprietäre Rest“).

1. Innerhalb eines Monats nach Vertragsbeginn hinterlegt der Auftragnehmer den vollständigen Quellcode jeder Komponente des proprietären Rests mit Build-Anleitung und Dokumentation bei einer unabhängigen, vom Auftraggeber akzeptierten Hinterlegungsstelle. Die Kosten der Hinterlegung trägt der Auftragnehmer.
2. Die Hinterlegung wird mindestens alle {{depositMonths}} sowie mit jeder Hauptversion aktualisiert. Auf Verlangen des Auftraggebers prüft die Hinterlegungsstelle, ob sich aus der Hinterlegung die eingesetzte Version bauen lässt.
3. Die Hinterlegung wird an den Auftraggeber herausgegeben, mit dem Recht, die Komponenten für eigene Zwecke zu nutzen, zu ändern und durch Dritte pflegen zu lassen, wenn über das Vermögen des Auftragnehmers oder des Rechteinhabers ein Insolvenzverfahren eröffnet wird, er den Geschäftsbetrieb einstellt, die Pflege der Komponente während der Vertragslaufzeit einstellt oder seine Pflegepflichten schwerwiegend verletzt und dies nicht in angemessener Frist behebt.`,
      guidance: {
        why: "Wenn ein Teil der Lösung nicht quelloffen sein kann, ist die Hinterlegung das Sicherheitsnetz: Verschwindet der Anbieter oder stellt er die Pflege ein, kann der Auftraggeber das System weiter betreiben. Sie begrenzt die Abhängigkeit, beseitigt sie aber nicht.",
        whenToUse:
          "Nur für einen proprietären Rest, den die Ausschreibung ausdrücklich zulässt, etwa eine Spezialkomponente ohne offene Alternative. Bevorzugen Sie Open-Source-Komponenten, wo es sie gibt.",
        pitfalls:
          "Eine ungeprüfte Hinterlegung ist oft unvollständig oder veraltet: Verlangen Sie Prüf-Builds. Formulieren Sie die Herausgabefälle genau und nehmen Sie das „Ende der Pflege“ auf, nicht nur die Insolvenz. Die Hinterlegung ersetzt nicht das Recht, die offenen Teile zu veröffentlichen oder den Anbieter zu wechseln.",
      },
      parameters: {
        depositMonths: {
          label: "Aktualisierungsintervall der Hinterlegung",
          hint: "Höchstzahl der Monate zwischen zwei Hinterlegungen.",
        },
      },
    },
  },
});
