import { defineClause } from "./define-clause";
import { ANY_TENDER, DIGG_CHECKLIST, EUPL, SPDX_LICENSE_LIST, STANDARD_FOR_PUBLIC_CODE, directive } from "./sources";

export const thirdPartyComponents = defineClause({
  key: "third-party-components",
  version: 1,
  category: "LICENSING",
  topics: ["SBOM_AND_COMPONENTS", "SUPPLY_CHAIN_TRANSPARENCY"],
  status: "RECOMMENDED",
  applicability: ANY_TENDER,
  parameters: [
    { name: "outboundLicence", kind: "SPDX_LICENCE", required: true, accept: "OSI_APPROVED", default: "EUPL-1.2" },
  ],
  legalBasis: [directive("Art. 42(1) and (2) (technical specifications)"), EUPL],
  sources: [DIGG_CHECKLIST, STANDARD_FOR_PUBLIC_CODE, SPDX_LICENSE_LIST],
  content: {
    en: {
      title: "Third-party components and their licences",
      body: `1. The Contractor lists in its tender every third-party component the solution needs to be built, installed and run (libraries, frameworks, runtime services, fonts, data sets and models), each with its version and its licence as an SPDX identifier.
2. Every component is available under a licence approved by the Open Source Initiative and compatible with distributing the solution under {{outboundLicence}}. Components under licences that restrict the field of use, the number of users or commercial use (for example "source-available" or "non-commercial" licences) are not accepted.
3. The Contractor does not add a component, or change the licence of one, without first informing the Contracting Authority in writing and obtaining its agreement.
4. The Contractor bears the consequences of any licence defect in the components it supplies, including the cost of replacing a component whose licence turns out to be incompatible.`,
      guidance: {
        why: "A solution is only as open as its least open component. One dependency under a restrictive or incompatible licence can stop the authority from publishing, modifying or handing over the software, or expose it to claims.",
        whenToUse:
          "Whenever the solution is built on other software, which is almost always. Pair it with the clause on the software bill of materials so that the list stays current after each release.",
        pitfalls:
          "Do not accept 'open core' products whose essential modules are proprietary without saying so in the tender. Some widely marketed licences (BUSL, SSPL, Elastic License, Commons Clause) are not open source even though the code is visible. If you allow a proprietary remainder, say so explicitly and use the escrow clause.",
      },
      parameters: {
        outboundLicence: {
          label: "Licence the solution is distributed under",
          hint: "Usually the licence of the deliverables, for example EUPL-1.2.",
        },
      },
    },
    fr: {
      title: "Composants tiers et leurs licences",
      body: `1. Le titulaire liste dans son offre tous les composants tiers nécessaires pour compiler, installer et exécuter la solution (bibliothèques, cadriciels, services d'exécution, polices, jeux de données et modèles), chacun avec sa version et sa licence sous forme d'identifiant SPDX.
2. Chaque composant est disponible sous une licence approuvée par l'Open Source Initiative et compatible avec la diffusion de la solution sous {{outboundLicence}}. Les composants soumis à des licences qui restreignent le domaine d'utilisation, le nombre d'utilisateurs ou l'usage commercial (par exemple des licences dites « source-available » ou « non commerciales ») ne sont pas acceptés.
3. Le titulaire n'ajoute aucun composant et ne change la licence d'aucun composant sans en avoir informé l'acheteur par écrit et obtenu son accord.
4. Le titulaire supporte les conséquences de tout défaut de licence des composants qu'il fournit, y compris le coût du remplacement d'un composant dont la licence se révèle incompatible.`,
      guidance: {
        why: "Une solution n'est pas plus ouverte que son composant le moins ouvert. Une seule dépendance sous licence restrictive ou incompatible peut empêcher l'acheteur de publier, de modifier ou de transmettre le logiciel, ou l'exposer à des réclamations.",
        whenToUse:
          "Dès que la solution repose sur d'autres logiciels, c'est-à-dire presque toujours. Associez-la à la clause sur la nomenclature logicielle (SBOM) pour que la liste reste à jour après chaque version.",
        pitfalls:
          "N'acceptez pas de produits « open core » dont des modules essentiels sont propriétaires sans que l'offre le dise. Certaines licences présentées comme ouvertes (BUSL, SSPL, Elastic License, Commons Clause) ne sont pas des licences libres, même si le code est visible. Si vous admettez une part propriétaire, dites-le explicitement et utilisez la clause de séquestre.",
      },
      parameters: {
        outboundLicence: {
          label: "Licence de diffusion de la solution",
          hint: "En général la licence des livrables, par exemple EUPL-1.2.",
        },
      },
    },
    de: {
      title: "Drittkomponenten und ihre Lizenzen",
      body: `1. Der Auftragnehmer führt in seinem Angebot alle Drittkomponenten auf, die zum Bauen, Installieren und Betreiben der Lösung erforderlich sind (Bibliotheken, Frameworks, Laufzeitdienste, Schriften, Datensätze und Modelle), jeweils mit Version und Lizenz als SPDX-Kennung.
2. Jede Komponente ist unter einer von der Open Source Initiative anerkannten Lizenz verfügbar, die mit der Weitergabe der Lösung unter {{outboundLicence}} vereinbar ist. Komponenten unter Lizenzen, die den Einsatzbereich, die Zahl der Nutzenden oder die kommerzielle Nutzung beschränken (etwa sogenannte „Source-available“- oder „nicht kommerzielle“ Lizenzen), werden nicht akzeptiert.
3. Der Auftragnehmer fügt keine Komponente hinzu und ändert die Lizenz keiner Komponente, ohne den Auftraggeber vorher schriftlich zu informieren und dessen Zustimmung einzuholen.
4. Der Auftragnehmer trägt die Folgen von Lizenzmängeln der von ihm gelieferten Komponenten, einschließlich der Kosten für den Ersatz einer Komponente, deren Lizenz sich als unvereinbar erweist.`,
      guidance: {
        why: "Eine Lösung ist nur so offen wie ihre am wenigsten offene Komponente. Schon eine Abhängigkeit unter einer einschränkenden oder unvereinbaren Lizenz kann den Auftraggeber daran hindern, die Software zu veröffentlichen, zu ändern oder zu übergeben, oder ihn Ansprüchen aussetzen.",
        whenToUse:
          "Immer wenn die Lösung auf anderer Software aufbaut, also fast immer. Kombinieren Sie sie mit der Klausel zur Software-Stückliste (SBOM), damit die Liste nach jeder Version aktuell bleibt.",
        pitfalls:
          "Akzeptieren Sie keine „Open-Core“-Produkte, deren wesentliche Module proprietär sind, ohne dass das Angebot dies offenlegt. Einige als offen vermarktete Lizenzen (BUSL, SSPL, Elastic License, Commons Clause) sind keine Open-Source-Lizenzen, auch wenn der Code einsehbar ist. Lassen Sie einen proprietären Rest zu, sagen Sie es ausdrücklich und nutzen Sie die Hinterlegungsklausel.",
      },
      parameters: {
        outboundLicence: {
          label: "Lizenz, unter der die Lösung weitergegeben wird",
          hint: "In der Regel die Lizenz der Arbeitsergebnisse, zum Beispiel EUPL-1.2.",
        },
      },
    },
  },
});
