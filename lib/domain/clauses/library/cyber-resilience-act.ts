import { defineClause } from "./define-clause";
import { DIGG_CHECKLIST, cyberResilienceAct } from "./sources";

export const cyberResilienceActAlignment = defineClause({
  key: "cyber-resilience-act",
  version: 1,
  category: "SECURITY",
  topics: ["SECURITY", "MAINTENANCE_AND_SUPPORT"],
  status: "RECOMMENDED",
  applicability: { contractNatures: ["SUPPLIES"], procedureTypes: [], cpvPrefixes: [] },
  parameters: [{ name: "supportMonths", kind: "MONTHS", required: true, min: 60, max: 240, default: 60 }],
  legalBasis: [
    cyberResilienceAct("Art. 13 (obligations of manufacturers), including the support period in Art. 13(8)"),
    cyberResilienceAct("Art. 14 (reporting of actively exploited vulnerabilities and severe incidents)"),
    cyberResilienceAct("Annex I (essential cybersecurity requirements)"),
  ],
  sources: [DIGG_CHECKLIST],
  content: {
    en: {
      title: "Cyber Resilience Act alignment",
      body: `1. Where a product with digital elements supplied under the contract falls within Regulation (EU) 2024/2847 (Cyber Resilience Act), the Contractor ensures that it meets the Regulation's requirements as they apply, bears the CE marking once required, and provides the EU declaration of conformity on request.
2. Whether or not the product falls within the Regulation, the Contractor:
   - handles vulnerabilities in line with Annex I, Part II of the Regulation;
   - supplies security updates for at least {{supportMonths}} from delivery, free of charge and, where possible, separately from functional updates;
   - states the end date of this support period clearly in the tender and in the product documentation;
   - informs the Contracting Authority without delay of any actively exploited vulnerability or severe incident affecting the product, and of the measures taken.
3. Shortening the support period, or making security updates conditional on buying new functions, is a breach of contract.`,
      guidance: {
        why: "The Cyber Resilience Act makes manufacturers responsible for the security of their products over a support period, generally of at least five years. Writing its main duties into the contract protects the authority already now, before the Regulation's obligations apply in full (from 11 December 2027; reporting from 11 September 2026), and for products outside its scope.",
        whenToUse:
          "When buying software products or devices with software (supplies). For bespoke development and services, the vulnerability handling clause is usually enough.",
        pitfalls:
          "Do not assume that a product is covered: free and open source software supplied outside a commercial activity, and some sectors, are outside the Regulation. The contract clause still applies. Ask for the support end date in the tender and compare it with the life you expect from the product.",
      },
      parameters: {
        supportMonths: {
          label: "Security support period",
          hint: "Months from delivery; at least 60 (five years).",
        },
      },
    },
    fr: {
      title: "Conformité au règlement sur la cyberrésilience",
      body: `1. Lorsqu'un produit comportant des éléments numériques fourni au titre du marché relève du règlement (UE) 2024/2847 (règlement sur la cyberrésilience), le titulaire veille à ce qu'il satisfasse aux exigences du règlement telles qu'elles s'appliquent, qu'il porte le marquage CE dès que celui-ci est exigé, et fournit la déclaration UE de conformité sur demande.
2. Que le produit relève ou non du règlement, le titulaire :
   - gère les vulnérabilités conformément à l'annexe I, partie II, du règlement ;
   - fournit des mises à jour de sécurité pendant au moins {{supportMonths}} à compter de la livraison, gratuitement et, lorsque c'est possible, séparément des mises à jour fonctionnelles ;
   - indique clairement la date de fin de cette période d'assistance dans l'offre et dans la documentation du produit ;
   - informe l'acheteur sans délai de toute vulnérabilité activement exploitée ou de tout incident grave affectant le produit, ainsi que des mesures prises.
3. Raccourcir la période d'assistance, ou subordonner les mises à jour de sécurité à l'achat de nouvelles fonctions, constitue un manquement contractuel.`,
      guidance: {
        why: "Le règlement sur la cyberrésilience rend les fabricants responsables de la sécurité de leurs produits pendant une période d'assistance, en général d'au moins cinq ans. Inscrire ses principales obligations dans le marché protège l'acheteur dès maintenant, avant que le règlement s'applique pleinement (à partir du 11 décembre 2027 ; obligations de signalement à partir du 11 septembre 2026), ainsi que pour les produits hors de son champ.",
        whenToUse:
          "Lors de l'achat de produits logiciels ou d'équipements intégrant des logiciels (fournitures). Pour les développements spécifiques et les services, la clause de gestion des vulnérabilités suffit en général.",
        pitfalls:
          "Ne présumez pas qu'un produit est couvert : les logiciels libres fournis en dehors d'une activité commerciale, et certains secteurs, sont exclus du règlement. La clause contractuelle s'applique quand même. Demandez la date de fin d'assistance dans l'offre et comparez-la à la durée de vie attendue du produit.",
      },
      parameters: {
        supportMonths: {
          label: "Période d'assistance de sécurité",
          hint: "Mois à compter de la livraison ; au moins 60 (cinq ans).",
        },
      },
    },
    de: {
      title: "Ausrichtung auf den Cyber Resilience Act",
      body: `1. Fällt ein im Rahmen des Vertrags geliefertes Produkt mit digitalen Elementen unter die Verordnung (EU) 2024/2847 (Cyber Resilience Act), stellt der Auftragnehmer sicher, dass es die Anforderungen der Verordnung in ihrer jeweils geltenden Form erfüllt, die CE-Kennzeichnung trägt, sobald diese vorgeschrieben ist, und legt die EU-Konformitätserklärung auf Verlangen vor.
2. Unabhängig davon, ob das Produkt unter die Verordnung fällt,
   - behandelt der Auftragnehmer Schwachstellen nach Anhang I Teil II der Verordnung;
   - stellt er für mindestens {{supportMonths}} ab Lieferung unentgeltlich Sicherheitsaktualisierungen bereit, nach Möglichkeit getrennt von funktionalen Aktualisierungen;
   - gibt er das Enddatum dieses Unterstützungszeitraums im Angebot und in der Produktdokumentation deutlich an;
   - unterrichtet er den Auftraggeber unverzüglich über jede aktiv ausgenutzte Schwachstelle und jeden schwerwiegenden Sicherheitsvorfall, die das Produkt betreffen, sowie über die ergriffenen Maßnahmen.
3. Die Verkürzung des Unterstützungszeitraums oder die Bindung von Sicherheitsaktualisierungen an den Kauf neuer Funktionen ist eine Vertragsverletzung.`,
      guidance: {
        why: "Der Cyber Resilience Act macht Hersteller für die Sicherheit ihrer Produkte über einen Unterstützungszeitraum verantwortlich, in der Regel mindestens fünf Jahre. Seine Kernpflichten in den Vertrag zu schreiben, schützt den Auftraggeber schon jetzt, bevor die Pflichten der Verordnung vollständig gelten (ab 11. Dezember 2027; Meldepflichten ab 11. September 2026), und auch bei Produkten außerhalb ihres Anwendungsbereichs.",
        whenToUse:
          "Beim Kauf von Softwareprodukten oder Geräten mit Software (Lieferleistungen). Für Individualentwicklung und Dienstleistungen genügt meist die Klausel zum Umgang mit Schwachstellen.",
        pitfalls:
          "Setzen Sie nicht voraus, dass ein Produkt erfasst ist: Freie und quelloffene Software, die außerhalb einer Geschäftstätigkeit bereitgestellt wird, und einige Sektoren sind ausgenommen. Die Vertragsklausel gilt trotzdem. Fragen Sie das Ende des Unterstützungszeitraums im Angebot ab und vergleichen Sie es mit der erwarteten Nutzungsdauer.",
      },
      parameters: {
        supportMonths: {
          label: "Zeitraum für Sicherheitsunterstützung",
          hint: "Monate ab Lieferung; mindestens 60 (fünf Jahre).",
        },
      },
    },
  },
});
