import Fluent
import Foundation
import HubbenCore
import SQLKit

/// The open datasets: one stable address each (`/open-data/ideas.csv`, `.json`), every field described once
/// in the data dictionary — name, type, meaning, example — and only what is public: public projects and events,
/// and never a person's name or address.
enum OpenDataSet: String, CaseIterable, Sendable {
    case ideas, challenges, projects
    case gateDecisions = "gate_decisions"
    case experiments, events, partners

    struct Field: Sendable {
        var name: String
        var type: String
        var meaning: LocalizedText
        var example: String
    }

    static let licence = "CC0-1.0"
    static let licenceURL = "https://creativecommons.org/publicdomain/zero/1.0/"

    var fields: [Field] {
        func field(_ name: String, _ type: String, _ sv: String, _ en: String, _ example: String) -> Field {
            Field(name: name, type: type, meaning: LocalizedText(sv: sv, en: en), example: example)
        }
        let id = field("id", "integer", "Nummer, detsamma som i adressen", "Number, the same as in the address", "42")
        let themes = field(
            "themes", "text", "Temats koder, åtskilda med semikolon", "Theme codes, separated by semicolons",
            "miljo;digitalisering")
        switch self {
        case .ideas:
            return [
                id, field("title", "text", "Rubrik", "Title", "Cykelbanor vid skolan"),
                field("summary", "text", "Sammanfattning", "Summary", "Fler säkra cykelvägar till skolan."),
                field("need", "text", "Behovet", "The need", "Barn cyklar på bilvägen."),
                field(
                    "status", "text", "submitted, under_review, accepted, parked, declined",
                    "submitted, under_review, accepted, parked, declined", "accepted"),
                themes,
                field(
                    "challenge_id", "integer", "Utmaningen idén svarar på, om någon",
                    "The challenge it answers, if any", "3"),
                field("supports", "integer", "Antal som stöder idén", "Number of supporters", "17"),
                field("comments", "integer", "Antal kommentarer", "Number of comments", "4"),
                field(
                    "created_at", "date-time", "När idén lämnades in (UTC)", "When it was submitted (UTC)",
                    "2026-03-01T09:30:00Z"),
            ]
        case .challenges:
            return [
                id, field("title", "text", "Rubrik", "Title", "Färre bilresor till skolan"),
                field("description", "text", "Beskrivning", "Description", "Hur kan fler barn gå eller cykla?"),
                field(
                    "posed_by", "text", "Förvaltningen eller reformgruppen som ställer den",
                    "The department or reform group posing it", "Miljöförvaltningen"),
                themes,
                field(
                    "open_until", "date-time", "Sista stund för idéer (UTC)", "Last moment for ideas (UTC)",
                    "2026-06-30T21:59:59Z"),
                field("ideas", "integer", "Antal idéer som svarar på den", "Number of ideas answering it", "12"),
            ]
        case .projects:
            return [
                id, field("title", "text", "Rubrik", "Title", "Digital felanmälan"),
                field("what", "text", "Vad projektet gör", "What the project does", "En app för felanmälan."),
                field("why", "text", "Varför", "Why", "Felanmälan tar för lång tid."),
                field("how", "text", "Hur", "How", "Vi testar med invånare i två stadsdelar."),
                field(
                    "phase", "text", "need_insight, pretotype, prototype, proof_of_concept, decision",
                    "need_insight, pretotype, prototype, proof_of_concept, decision", "prototype"),
                field(
                    "outcome", "text", "in_house, partnership, procurement, stopped; tomt innan beslut",
                    "in_house, partnership, procurement, stopped; empty before the decision", "partnership"),
                themes,
                field(
                    "organizations", "text", "Deltagande förvaltningar och partner, åtskilda med semikolon",
                    "Departments and partners taking part, separated by semicolons", "Stadsbyggnadsförvaltningen"),
                field(
                    "partner", "text", "Partnern i ett beslutat partnerskap", "The partner of a decided partnership",
                    "Sundkraft Energi AB"),
                field(
                    "started_at", "date-time", "När projektet startade (UTC)", "When the project started (UTC)",
                    "2026-01-15T08:00:00Z"),
                field(
                    "phase_started_at", "date-time", "När den nuvarande fasen började (UTC)",
                    "When the current phase began (UTC)", "2026-04-02T08:00:00Z"),
            ]
        case .gateDecisions:
            return [
                id, field("project_id", "integer", "Projektets nummer", "The project's number", "42"),
                field("decision", "text", "go, pivot, stop", "go, pivot, stop", "go"),
                field("from_phase", "text", "Fasen före beslutet", "The phase before the decision", "pretotype"),
                field("to_phase", "text", "Fasen efter beslutet", "The phase after the decision", "prototype"),
                field("outcome", "text", "Utfallet vid ett slutbeslut", "The outcome of a final decision", ""),
                field("rationale", "text", "Motivering", "Rationale", "Testerna visade ett tydligt behov."),
                field("lessons_learned", "text", "Lärdomar", "Lessons learned", "Fråga användarna tidigt."),
                field(
                    "decided_at", "date-time", "När beslutet fattades (UTC)", "When it was decided (UTC)",
                    "2026-04-02T08:00:00Z"),
            ]
        case .experiments:
            return [
                id, field("project_id", "integer", "Projektets nummer", "The project's number", "42"),
                field("phase", "text", "Fasen experimentet hörde till", "The phase it belonged to", "pretotype"),
                field("hypothesis", "text", "Hypotes", "Hypothesis", "Invånare vill anmäla fel i mobilen."),
                field("method", "text", "Metod", "Method", "Låtsasknapp på webbplatsen."),
                field(
                    "success_criterion", "text", "Kriterium för framgång", "Success criterion", "100 klick på en vecka."
                ),
                field("participants", "integer", "Antal deltagare", "Number of participants", "250"),
                field(
                    "result", "text", "confirmed, refuted, inconclusive; tomt medan det pågår",
                    "confirmed, refuted, inconclusive; empty while running", "confirmed"),
                field("learning", "text", "Lärdom", "Learning", "Fler än väntat klickade."),
                field("started_on", "date", "Startdag", "First day", "2026-02-01"),
                field("ended_on", "date", "Slutdag", "Last day", "2026-02-14"),
            ]
        case .events:
            return [
                id,
                field(
                    "kind", "text",
                    "competence_day, workshop, demo_day, hackathon, fair, mobile_visit, workplace_visit …",
                    "competence_day, workshop, demo_day, hackathon, fair, mobile_visit, workplace_visit …", "workshop"),
                field("title", "text", "Rubrik", "Title", "Tjänstedesign på en eftermiddag"),
                field("description", "text", "Beskrivning", "Description", "Lär dig intervjua användare."),
                field("starts_at", "date-time", "Början (UTC)", "Start (UTC)", "2026-05-12T11:00:00Z"),
                field("ends_at", "date-time", "Slut (UTC)", "End (UTC)", "2026-05-12T15:00:00Z"),
                field("online", "boolean", "Om evenemanget hålls på nätet", "Whether it is held online", "false"),
                field("address", "text", "Adress, när den är en plats", "Address, when it is a place", "Storgatan 1"),
                field("district", "text", "Stadsdel", "District", "Centrum"),
                field("capacity", "integer", "Antal platser; tomt utan gräns", "Places; empty without a limit", "40"),
                themes,
            ]
        case .partners:
            return [
                id, field("name", "text", "Organisationens namn", "The organisation's name", "Sundkraft Energi AB"),
                field("description", "text", "Beskrivning", "Description", "Energibolag i regionen."),
                field(
                    "focus_areas", "text", "Fokusområden, åtskilda med semikolon",
                    "Focus areas, separated by semicolons", "Energi;Fastigheter"),
                field(
                    "contributed_sek", "integer", "Medfinansiering hittills, kronor", "Co-financing so far, kronor",
                    "1200000"),
                field("contributed_hours", "decimal", "Timmar personal hittills", "Staff hours so far", "340.5"),
            ]
        }
    }

    var title: LocalizedText {
        switch self {
        case .ideas: LocalizedText(sv: "Idéer", en: "Ideas")
        case .challenges: LocalizedText(sv: "Utmaningar", en: "Challenges")
        case .projects: LocalizedText(sv: "Projekt med faser och utfall", en: "Projects with phases and outcomes")
        case .gateDecisions: LocalizedText(sv: "Grindbeslut", en: "Gate decisions")
        case .experiments: LocalizedText(sv: "Experiment", en: "Experiments")
        case .events: LocalizedText(sv: "Evenemang", en: "Events")
        case .partners:
            LocalizedText(sv: "Partner och deras bidrag totalt", en: "Partners and their total contributions")
        }
    }

    var description: LocalizedText {
        switch self {
        case .ideas:
            LocalizedText(
                sv: "Alla idéer utom sammanslagna, utan vem som lämnade dem.",
                en: "Every idea except merged ones, without who submitted them.")
        case .challenges:
            LocalizedText(sv: "Alla utmaningar, öppna och stängda.", en: "Every challenge, open and closed.")
        case .projects: LocalizedText(sv: "Offentliga projekt.", en: "Public projects.")
        case .gateDecisions:
            LocalizedText(sv: "Grindbeslut i offentliga projekt.", en: "Gate decisions in public projects.")
        case .experiments: LocalizedText(sv: "Experiment i offentliga projekt.", en: "Experiments in public projects.")
        case .events:
            LocalizedText(
                sv: "Offentliga evenemang, utan länkar till möten på nätet.",
                en: "Public events, without links to online meetings.")
        case .partners:
            LocalizedText(
                sv: "Partnerorganisationer och vad de har bidragit med totalt; avtalen är inte offentliga.",
                en: "Partner organisations and what they have contributed in total; the agreements are not public.")
        }
    }
}
