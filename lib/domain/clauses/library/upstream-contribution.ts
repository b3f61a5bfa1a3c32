import { defineClause } from "./define-clause";
import { ANY_TENDER, DIGG_CHECKLIST, OSOR_GUIDELINE, STANDARD_FOR_PUBLIC_CODE, directive } from "./sources";

export const upstreamContribution = defineClause({
  key: "upstream-contribution",
  version: 1,
  category: "GOVERNANCE",
  topics: ["UPSTREAM_CONTRIBUTION"],
  status: "RECOMMENDED",
  applicability: ANY_TENDER,
  parameters: [{ name: "effortPercent", kind: "PERCENT", required: true, min: 0, max: 30, default: 5 }],
  legalBasis: [directive("Art. 70 (conditions for performance, including innovation-related considerations)")],
  sources: [DIGG_CHECKLIST, STANDARD_FOR_PUBLIC_CODE, OSOR_GUIDELINE],
  content: {
    en: {
      title: "Contributing improvements upstream",
      body: `1. When the Contractor fixes a defect in, or adds a generally useful improvement to, an open source component the solution depends on, it offers the change to that component's project ("upstream") in the form the project asks for, rather than keeping a private modified copy.
2. The Contractor follows each project's contribution rules and code of conduct, and makes contributions under the project's licence. Where a project requires a contributor licence agreement that transfers copyright, the Contractor consults the Contracting Authority first.
3. The Contractor reserves at least {{effortPercent}} of the development effort under the contract for upstream work: contributions, reviews, answers to maintainers and keeping accepted changes working.
4. Where a change is not accepted upstream, the Contractor keeps it as small and well documented as possible and reports it in the release notes.`,
      guidance: {
        why: "Private patches to open source components must be re-applied at every upgrade and slowly turn an open solution into an unmaintainable fork. Contributing upstream shares the maintenance with the community and strengthens the projects the authority relies on.",
        whenToUse:
          "Whenever the solution is built on open source components that the Contractor may need to change, which is most development contracts.",
        pitfalls:
          "Without a budgeted share of effort, upstream work is the first thing dropped under deadline pressure. Some projects review slowly: plan for it. Do not require contributions to projects that have said they do not accept them.",
      },
      parameters: {
        effortPercent: { label: "Share of effort for upstream work", hint: "Percent of the development effort." },
      },
    },
    fr: {
      title: "Contribution des améliorations en amont",
      body: `1. Lorsque le titulaire corrige une anomalie d'un composant libre dont dépend la solution, ou lui apporte une amélioration d'intérêt général, il propose la modification au projet de ce composant (« en amont ») sous la forme que le projet demande, plutôt que de conserver une copie modifiée privée.
2. Le titulaire respecte les règles de contribution et le code de conduite de chaque projet, et contribue sous la licence du projet. Lorsqu'un projet exige un accord de contribution qui transfère les droits d'auteur, le titulaire consulte d'abord l'acheteur.
3. Le titulaire réserve au moins {{effortPercent}} de l'effort de développement du marché au travail en amont : contributions, relectures, réponses aux mainteneurs et maintien en état de fonctionnement des modifications acceptées.
4. Lorsqu'une modification n'est pas acceptée en amont, le titulaire la garde aussi réduite et documentée que possible et la signale dans les notes de version.`,
      guidance: {
        why: "Des correctifs privés apportés à des composants libres doivent être réappliqués à chaque mise à niveau et transforment peu à peu une solution ouverte en une divergence impossible à maintenir. Contribuer en amont partage la maintenance avec la communauté et renforce les projets dont dépend l'acheteur.",
        whenToUse:
          "Dès que la solution repose sur des composants libres que le titulaire peut avoir à modifier, ce qui est le cas de la plupart des marchés de développement.",
        pitfalls:
          "Sans part d'effort budgétée, le travail en amont est le premier sacrifié sous la pression des délais. Certains projets relisent lentement : prévoyez-le. N'exigez pas de contributions à des projets qui ont dit ne pas en accepter.",
      },
      parameters: {
        effortPercent: {
          label: "Part de l'effort consacrée à l'amont",
          hint: "Pourcentage de l'effort de développement.",
        },
      },
    },
    de: {
      title: "Verbesserungen an Upstream-Projekte zurückgeben",
      body: `1. Behebt der Auftragnehmer einen Fehler in einer Open-Source-Komponente, von der die Lösung abhängt, oder ergänzt er sie um eine allgemein nützliche Verbesserung, bietet er die Änderung dem Projekt dieser Komponente („Upstream“) in der vom Projekt gewünschten Form an, statt eine private geänderte Kopie zu pflegen.
2. Der Auftragnehmer befolgt die Beitragsregeln und den Verhaltenskodex jedes Projekts und leistet Beiträge unter der Lizenz des Projekts. Verlangt ein Projekt eine Beitragsvereinbarung, die Urheberrechte überträgt, stimmt sich der Auftragnehmer zuvor mit dem Auftraggeber ab.
3. Der Auftragnehmer reserviert mindestens {{effortPercent}} des Entwicklungsaufwands im Vertrag für Upstream-Arbeit: Beiträge, Reviews, Antworten an die Maintainer und die Pflege angenommener Änderungen.
4. Wird eine Änderung upstream nicht angenommen, hält der Auftragnehmer sie so klein und gut dokumentiert wie möglich und weist in den Versionshinweisen darauf hin.`,
      guidance: {
        why: "Private Patches an Open-Source-Komponenten müssen bei jedem Upgrade neu eingespielt werden und machen aus einer offenen Lösung allmählich einen nicht mehr pflegbaren Fork. Beiträge an das Upstream-Projekt teilen die Pflege mit der Community und stärken die Projekte, auf die sich der Auftraggeber stützt.",
        whenToUse:
          "Immer wenn die Lösung auf Open-Source-Komponenten aufbaut, die der Auftragnehmer womöglich ändern muss, also in den meisten Entwicklungsverträgen.",
        pitfalls:
          "Ohne eingeplanten Aufwandsanteil fällt Upstream-Arbeit unter Termindruck als Erstes weg. Manche Projekte prüfen langsam: Planen Sie das ein. Verlangen Sie keine Beiträge an Projekte, die erklärt haben, keine anzunehmen.",
      },
      parameters: {
        effortPercent: { label: "Aufwandsanteil für Upstream-Arbeit", hint: "Prozent des Entwicklungsaufwands." },
      },
    },
  },
});
