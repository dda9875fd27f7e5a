import Fluent
import Foundation
import HubbenCore
import SQLKit
import Vapor

/// The demo's season of events: a competence day on AI, workshops, a hackathon, a fair, the mobile unit's tour
/// of four districts, two virtual workplace visits and a demo day, some past with their recordings; one
/// small workshop full with a waiting list; the demo people registered through the same actions as the site.
/// Once per database.
enum DemoEvents {
    static func load(into app: Application, demoAccounts: [String: Int], progress: (String) -> Void) async throws {
        let db = app.db
        guard try await EventStore(database: db).events(.init(includeInternal: true), now: .distantPast).total == 0,
            let staff = demoAccounts["staff"], let resident = demoAccounts["resident"],
            let coach = demoAccounts["coach"]
        else { return }
        progress("Events, registrations and a waiting list")
        let now = app.hubben.clock.now()
        let today = Day(now)
        let themes = try await IdeaStore(database: db).themes()
        func theme(_ slug: String) -> [Int] { themes.filter { $0.slug == slug }.map(\.id) }
        let organiser = EventActions(context: try await app.demoContext(staff, now: now), baseURL: "")

        struct Plan {
            var kind: EventKind
            var title: String
            var description: String
            var day: Int
            var from: Int
            var to: Int
            var place: EventPlace
            var capacity: Int?
            var themes: [Int] = []
            var visibility: EventVisibility = .public
            var languages: [Language] = [.sv]
            var district = ""
            var tour = ""
            var services = ""
            var employer = ""
            var occupations = ""
            var targetGroup = ""
            var recording = ""
        }
        let hub = EventPlace.address("Innovationshubben, Stadshuset, Drottninggatan 2")
        let plans: [Plan] = [
            Plan(
                kind: .competenceDay, title: "Kompetensdag: AI i välfärden",
                description:
                    "En dag om vad AI kan och inte kan i stadens verksamheter: exempel från skola, omsorg och bygglov, etik och upphandling.\n\nFörmiddagen är föreläsningar, eftermiddagen workshoppar i mindre grupper.",
                day: 12, from: 9 * 60, to: 16 * 60, place: hub, capacity: 80, themes: theme("digitalisering"),
                languages: [.sv, .en]),
            Plan(
                kind: .workshop, title: "Workshop: tjänstedesign för nybörjare",
                description:
                    "Prova intervjuer, resekartor och snabba pappersprototyper på ett riktigt behov från stadens kundtjänst.",
                day: 5, from: 13 * 60, to: 16 * 60, place: hub, capacity: 3, themes: theme("digitalisering")),
            Plan(
                kind: .hackathon, title: "Hackathon: öppna data om stadsmiljön",
                description:
                    "Två dagar med stadens öppna data om luft, buller och cykelstråk. Lag av invånare, studenter och stadens utvecklare.",
                day: 30, from: 9 * 60, to: 24 * 60 + 17 * 60, place: hub, capacity: 60, themes: theme("miljo"),
                languages: [.sv, .en]),
            Plan(
                kind: .fair, title: "Innovationsmässan på Stortorget",
                description: "Hubbens projekt, partner och reformgrupper visar vad de arbetar med. Fri entré.",
                day: 45, from: 10 * 60, to: 15 * 60, place: .address("Stortorget"), capacity: nil),
            Plan(
                kind: .workshop, title: "Intern workshop: kravställning i innovationsupphandling",
                description:
                    "För stadens inköpare och projektledare: funktionskrav, dialog med marknaden och innovationspartnerskap.",
                day: 19, from: 9 * 60, to: 12 * 60, place: hub, capacity: 25, visibility: .internal),
            Plan(
                kind: .workplaceVisit, title: "Virtuellt arbetsplatsbesök: Vatten och avlopp",
                description:
                    "Följ med in i reningsverket och träffa de som håller stadens vatten rent. Ställ frågor i chatten.",
                day: 8, from: 10 * 60, to: 11 * 60, place: .online(link: "https://meet.example.se/va-besok"),
                capacity: 200, employer: "Stadens VA-förvaltning", occupations: "Processingenjör, drifttekniker",
                targetGroup: "Gymnasieelever"),
            Plan(
                kind: .workplaceVisit, title: "Virtuellt arbetsplatsbesök: Räddningstjänsten",
                description: "En dag på brandstationen, från larm till återställning.",
                day: -20, from: 10 * 60, to: 11 * 60, place: .online(link: "https://meet.example.se/raddning"),
                capacity: 200, employer: "Räddningstjänsten", occupations: "Brandman, larmoperatör",
                targetGroup: "Högstadieelever", recording: "https://video.example.se/raddningstjansten"),
            Plan(
                kind: .demoDay, title: "Demodag: höstens projekt",
                description:
                    "Projekten i hubben visar delresultat och slutresultat: prototyper, piloter och vad de har lärt sig.",
                day: -10, from: 14 * 60, to: 17 * 60, place: hub, capacity: 100, languages: [.sv, .en],
                recording: "https://video.example.se/demodag-hosten"),
        ]
        let tour = ["Drottninghög", "Dalhem", "Närlunda", "Centrum"]
        var all = plans
        for (index, district) in tour.enumerated() {
            all.append(
                Plan(
                    kind: .mobileVisit, title: "Mobila enheten i \(district)",
                    description:
                        "Hubbens mobila enhet besöker \(district): lämna idéer, prova projektens prototyper och få hjälp med stadens e-tjänster.",
                    day: 3 + 7 * index, from: 14 * 60, to: 18 * 60, place: .address("\(district), torget"),
                    capacity: nil,
                    district: district, tour: "Mobila enheten vintern 2026–27",
                    services: "Idéinlämning, hjälp med e-tjänster, test av prototyper"))
        }
        var created: [String: Int] = [:]
        for plan in all {
            let day = today.adding(days: plan.day)
            let draft = EventDraft(
                kind: plan.kind, title: plan.title, description: plan.description, startsAt: day.at(minute: plan.from),
                endsAt: day.at(minute: plan.to), placeKind: plan.place.kind,
                address: { if case .address(let text) = plan.place { return text } else { return "" } }(),
                onlineLink: { if case .online(let link) = plan.place { return link } else { return "" } }(),
                capacity: plan.capacity, registrationOpensAt: nil, registrationClosesAt: nil,
                visibility: plan.visibility, languages: plan.languages, waitlistClosed: false, themeIDs: plan.themes,
                district: plan.district, tour: plan.tour, services: plan.services, employer: plan.employer,
                occupations: plan.occupations, targetGroup: plan.targetGroup, recordingLink: plan.recording)
            if plan.day < 0 {
                // What already happened is written as it was; the actions take only what is still to come.
                created[plan.title] = try await EventStore(database: db).create(
                    draft, createdBy: staff, now: today.adding(days: plan.day - 30).start)
            } else if case .saved(let event) = try await organiser.create(draft) {
                created[plan.title] = event.id
            }
        }
        // The past demo day's agenda: three projects presenting, each linked afterwards to the journal entry with
        // what it showed; the coming competence day gets no agenda (it is not a demo day).
        if let demoDay = created["Demodag: höstens projekt"] {
            let store = EventStore(database: db)
            let presenting = try await store.presentableProjects().prefix(3)
            let day = today.adding(days: -10)
            for (index, project) in presenting.enumerated() {
                guard
                    try await organiser.addSlot(
                        demoDay,
                        AgendaSlotDraft(
                            startsAt: day.at(minute: 14 * 60 + 10 + 25 * index), projectID: project.id,
                            title: ["Prototypen i användartest", "Piloten efter tre månader", "Vad vi lärde oss"][index]
                        )
                    ).isEmpty,
                    let slot = try await store.agenda(demoDay).last,
                    let entry = try await store.publicEntries(projectID: project.id).first
                else { continue }
                _ = try await organiser.linkResult(demoDay, slotID: slot.id, entryID: entry.id)
            }
        }
        // The demo people register: the resident and the coach for the competence day, the small workshop
        // full (staff, coach, admin) with the resident waiting; the resident on the mobile unit's first stop.
        func register(_ accountID: Int, _ title: String) async throws {
            guard let id = created[title] else { return }
            let actions = EventActions(context: try await app.demoContext(accountID, now: now), baseURL: "")
            _ = try await actions.register(id)
        }
        try await register(resident, "Kompetensdag: AI i välfärden")
        try await register(coach, "Kompetensdag: AI i välfärden")
        for person in [staff, coach, demoAccounts["admin"]].compactMap({ $0 }) {
            try await register(person, "Workshop: tjänstedesign för nybörjare")
        }
        try await register(resident, "Workshop: tjänstedesign för nybörjare")
        try await register(resident, "Mobila enheten i Drottninghög")
        try await register(resident, "Virtuellt arbetsplatsbesök: Vatten och avlopp")
    }
}
