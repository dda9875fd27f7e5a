import Fluent
import Foundation
import HubbenCore
import SQLKit
import Vapor

/// The demo's city resources (the *resurssajt*): library rooms, school halls in the evening, a sports hall,
/// premises, outdoor stages, a projector, a cargo bike … — 34 of them, owned by the departments that lend them
/// out, with realistic rules, and bookings made through the same actions as the site: confirmed ones, a weekly
/// series, a block for maintenance, and a request waiting for the demo staff member (who manages the city
/// planning department's resources). Once per database.
enum DemoBookings {
    private struct Template {
        var organization: String
        var district: String
        var address: String
        var kind: ResourceKind
        var name: String
        var description: String
        var capacity: Int
        var accessibility: String
        var equipment: [String]
        var hours: Hours
        var slot = 30
        var minimum = 60
        var maximum = 240
        var notice = 60
        var daysAhead = 60
        var bufferBefore = 0
        var bufferAfter = 15
        var perPerson: Int? = 4
        var cutoff: Int? = 24 * 60
        var audience = BookingAudience.signedIn
        var approval = false
    }

    private enum Hours {
        case library, schoolEvenings, sportsHall, office, outdoor, always

        var weekly: [Weekday: DailyHours] {
            func days(_ weekdays: [Weekday], _ opens: Int, _ closes: Int) -> [Weekday: DailyHours] {
                Dictionary(
                    uniqueKeysWithValues: weekdays.map { ($0, DailyHours(opens: opens * 60, closes: closes * 60)) })
            }
            let workdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]
            switch self {
            case .library:
                return days(workdays, 9, 20).merging(days([.saturday, .sunday], 11, 16)) { first, _ in first }
            case .schoolEvenings:
                return days(workdays, 17, 22).merging(days([.saturday, .sunday], 9, 18)) { first, _ in first }
            case .sportsHall:
                // Friday and Saturday nights run past midnight (the night-time football).
                return days([.monday, .tuesday, .wednesday, .thursday, .sunday], 7, 22)
                    .merging(days([.friday, .saturday], 7, 1)) { first, _ in first }
            case .office: return days(workdays, 8, 17)
            case .outdoor: return days(Weekday.allCases, 8, 21)
            case .always: return days(Weekday.allCases, 0, 0).mapValues { _ in DailyHours(opens: 0, closes: 1440) }
            }
        }
    }

    private static let culture = "Kulturförvaltningen"
    private static let schools = "Skol- och fritidsförvaltningen"
    private static let premises = "Fastighetsförvaltningen"
    private static let planning = "Stadsbyggnadsförvaltningen"

    private static var templates: [Template] {
        var all: [Template] = []
        for district in ["Centrum", "Norr", "Söder", "Väster", "Öster", "Hamnen", "Dalhem", "Råå"] {
            all.append(
                Template(
                    organization: culture, district: district, address: "Biblioteksgatan 1", kind: .room,
                    name: "Studierum, \(district)s bibliotek",
                    description:
                        "Ett tyst grupprum i biblioteket med plats för läxläsning, studiecirklar och små möten.",
                    capacity: 8, accessibility: "Entré utan trappsteg, hiss, hörslinga i rummet.",
                    equipment: ["Whiteboard", "Skärm med HDMI"], hours: .library, maximum: 180, perPerson: 2))
        }
        for (district, school) in [
            ("Norr", "Norrskolan"), ("Söder", "Söderskolan"), ("Väster", "Västra skolan"), ("Öster", "Österskolan"),
            ("Dalhem", "Dalhemsskolan"), ("Gantofta", "Gantofta skola"),
        ] {
            all.append(
                Template(
                    organization: schools, district: district, address: "Skolvägen 4", kind: .hall,
                    name: "Matsalen, \(school)",
                    description:
                        "Skolans matsal kvällar och helger: föreningsmöten, kurser och fester för upp till 120 personer.",
                    capacity: 120, accessibility: "Ramp vid entrén, tillgänglig toalett.",
                    equipment: ["Bord och stolar", "Ljudanläggning", "Storkök (efter överenskommelse)"],
                    hours: .schoolEvenings, maximum: 300, notice: 3 * 24 * 60, daysAhead: 120, bufferBefore: 30,
                    bufferAfter: 30, perPerson: 3, cutoff: 48 * 60, audience: .associations, approval: true))
            all.append(
                Template(
                    organization: schools, district: district, address: "Skolvägen 6", kind: .hall,
                    name: "Gymnastiksalen, \(school)",
                    description: "Gymnastiksal för träning och lek kvällar och helger.", capacity: 40,
                    accessibility: "Omklädningsrum i markplan.", equipment: ["Mattor", "Bollar", "Bänkar"],
                    hours: .schoolEvenings, minimum: 60, maximum: 120, bufferAfter: 15, perPerson: 2))
        }
        all.append(
            Template(
                organization: premises, district: "Stattena", address: "Idrottsvägen 2", kind: .hall,
                name: "Idrottshallen Stattena",
                description: "Fullstor idrottshall med läktare. Nattfotboll fredag och lördag till 01.00.",
                capacity: 300, accessibility: "Hiss till läktaren, tillgängliga omklädningsrum.",
                equipment: ["Mål", "Basketkorgar", "Resultattavla"], hours: .sportsHall, maximum: 180,
                daysAhead: 90, bufferAfter: 30, perPerson: 2, cutoff: 72 * 60, approval: true))
        for (district, name) in [("Centrum", "Föreningshuset Kärnan"), ("Hamnen", "Magasinet"), ("Råå", "Rååhuset")] {
            all.append(
                Template(
                    organization: premises, district: district, address: "Föreningsgatan 12", kind: .premises,
                    name: name,
                    description: "Samlingslokal med kök för föreningar och grannskapsmöten i \(district).",
                    capacity: 60, accessibility: "Entré utan trappsteg, tillgänglig toalett.",
                    equipment: ["Kök", "Projektor", "60 stolar"], hours: .schoolEvenings, maximum: 480,
                    notice: 24 * 60, daysAhead: 180, bufferBefore: 30, bufferAfter: 60, perPerson: 2,
                    cutoff: 7 * 24 * 60, audience: .associations, approval: true))
        }
        for (district, name) in [("Centrum", "Scenen i Stadsparken"), ("Norr", "Grillplatsen vid Pålsjö")] {
            all.append(
                Template(
                    organization: planning, district: district, address: "Parkvägen 1", kind: .outdoorArea,
                    name: name,
                    description: "Utomhusyta i \(district) för evenemang, konserter och grannfester.", capacity: 500,
                    accessibility: "Hårdgjord gångväg hela vägen fram.", equipment: ["El-uttag"], hours: .outdoor,
                    slot: 60, maximum: 480, notice: 7 * 24 * 60, daysAhead: 180, bufferBefore: 60, bufferAfter: 60,
                    perPerson: 2, cutoff: 7 * 24 * 60, approval: true))
        }
        all.append(
            Template(
                organization: planning, district: "Centrum", address: "Stadshustorget 1", kind: .room,
                name: "Mötesrummet Kompassen",
                description: "Mötesrum i stadshuset för möten med invånare och föreningar.", capacity: 12,
                accessibility: "Hiss, hörslinga.", equipment: ["Skärm", "Videomöte"], hours: .office, maximum: 240,
                audience: .cityStaff))
        all.append(
            Template(
                organization: planning, district: "Centrum", address: "Stadshustorget 1", kind: .equipment,
                name: "Projektor och duk",
                description: "Bärbar projektor med duk, att hämta i stadshusets reception.", capacity: 1,
                accessibility: "Väger 6 kg med väska.", equipment: ["HDMI-kabel", "Förlängningssladd"], hours: .office,
                minimum: 60, maximum: 3 * 24 * 60, bufferAfter: 30, perPerson: 1))
        all.append(
            Template(
                organization: planning, district: "Centrum", address: "Stadshustorget 1", kind: .vehicle,
                name: "Lådcykel (el)",
                description: "Eldriven lådcykel för att frakta material till evenemang och städdagar.", capacity: 2,
                accessibility: "Kräver att man kan cykla; hjälm finns.", equipment: ["Hjälm", "Lås", "Regnskydd"],
                hours: .always, slot: 60, minimum: 60, maximum: 24 * 60, notice: 120, bufferAfter: 60, perPerson: 1,
                cutoff: 120))
        all.append(
            Template(
                organization: culture, district: "Centrum", address: "Kulturtorget 3", kind: .equipment,
                name: "Ljudanläggning för evenemang",
                description: "Högtalare, mixer och två trådlösa mikrofoner.", capacity: 1,
                accessibility: "Levereras på rullvagn.", equipment: ["Mixer", "Två mikrofoner", "Högtalare"],
                hours: .office, slot: 60, minimum: 240, maximum: 3 * 24 * 60, notice: 48 * 60, bufferAfter: 120,
                perPerson: 1, approval: true))
        all.append(
            Template(
                organization: culture, district: "Centrum", address: "Kulturtorget 3", kind: .room,
                name: "Ateljén, Kulturhuset",
                description: "Ljus ateljé för kurser i måleri, keramik och hantverk.", capacity: 20,
                accessibility: "Hiss, arbetsbord i två höjder.", equipment: ["Staffli", "Vask", "Brännugn"],
                hours: .library, maximum: 240, bufferAfter: 30))
        all.append(
            Template(
                organization: culture, district: "Centrum", address: "Bibliotekstorget 1", kind: .hall,
                name: "Hörsalen, Stadsbiblioteket",
                description: "Hörsal med 90 platser för föreläsningar och filmvisningar.", capacity: 90,
                accessibility: "Rullstolsplatser längst fram, hörslinga, textning på skärmen.",
                equipment: ["Projektor", "Mikrofoner", "Scen"], hours: .library, maximum: 240, notice: 24 * 60,
                bufferBefore: 30, bufferAfter: 30, approval: true))
        return all
    }

    static func load(into app: Application, demoAccounts: [String: Int], progress: (String) -> Void) async throws {
        let db = app.db
        guard
            try await db.sql.raw("SELECT COUNT(*) AS n FROM resources").first()?.decode(column: "n", as: Int.self)
                == 0,
            let resident = demoAccounts["resident"], let staff = demoAccounts["staff"],
            let admin = demoAccounts["admin"]
        else { return }
        progress("City resources and bookings")
        let now = app.hubben.clock.now()
        let organizations = try await OrganizationStore(database: db).all()
        func context(_ accountID: Int) async throws -> ActionContext {
            try await app.demoContext(accountID, now: now)
        }
        let adminActions = BookingActions(context: try await context(admin), baseURL: "")
        var ids: [String: Int] = [:]
        for template in templates {
            guard let organization = organizations.first(where: { $0.name == template.organization }) else { continue }
            let draft = ResourceDraft(
                organizationID: organization.id, kind: template.kind, name: template.name,
                description: template.description, address: template.address, district: template.district,
                capacity: template.capacity, accessibility: template.accessibility, equipment: template.equipment,
                images: [],
                rules: BookingRules(
                    openingHours: OpeningHours(
                        weekly: template.hours.weekly,
                        exceptions: [Day(now).adding(days: 18): nil]),
                    slotMinutes: template.slot, minimumMinutes: template.minimum, maximumMinutes: template.maximum,
                    minimumNoticeMinutes: template.notice, maximumDaysAhead: template.daysAhead,
                    bufferBeforeMinutes: template.bufferBefore, bufferAfterMinutes: template.bufferAfter,
                    maximumActivePerPerson: template.perPerson, cancellationCutoffMinutes: template.cutoff,
                    audience: template.audience, needsApproval: template.approval))
            if case .saved(let resource) = try await adminActions.addResource(draft) {
                ids[template.name] = resource.id
            }
        }

        // Bookings through the rules, from next Monday on: what people would have booked by now.
        let monday = Day(now).monday.adding(days: 7)
        let residentActions = BookingActions(context: try await context(resident), baseURL: "")
        let staffActions = BookingActions(context: try await context(staff), baseURL: "")
        func book(
            _ actions: BookingActions, _ name: String, day: Int, _ from: String, _ to: String, purpose: String,
            people: Int, weeks: Int? = nil
        ) async throws {
            guard let id = ids[name], let start = ClockTime.minutes(from), let end = ClockTime.minutes(to) else {
                return
            }
            let first = monday.adding(days: day)
            _ = try await actions.request(
                BookingDraft(
                    resourceID: id, start: first.at(minute: start), end: first.at(minute: end), purpose: purpose,
                    people: people, repeatWeeklyUntil: weeks.map { first.adding(days: 7 * $0) }))
        }
        try await book(
            residentActions, "Studierum, Centrums bibliotek", day: 1, "16:00", "18:00",
            purpose: "Läxhjälp i matte för grannens barn", people: 4, weeks: 5)
        try await book(
            residentActions, "Lådcykel (el)", day: 5, "10:00", "14:00", purpose: "Städdag i parken", people: 1)
        try await book(
            residentActions, "Scenen i Stadsparken", day: 12, "14:00", "18:00",
            purpose: "Grannfest med musik för kvarteret", people: 150)
        try await book(
            staffActions, "Mötesrummet Kompassen", day: 2, "09:00", "11:00",
            purpose: "Dialogmöte om nya cykelbanor", people: 10)
        try await book(
            staffActions, "Projektor och duk", day: 3, "13:00", "16:00", purpose: "Workshop i hubben", people: 1)
        try await book(
            staffActions, "Idrottshallen Stattena", day: 4, "22:00", "23:30", purpose: "Nattfotboll för unga",
            people: 40, weeks: 3)
        if let projector = ids["Projektor och duk"] {
            _ = try await staffActions.block(
                resourceID: projector, start: monday.adding(days: 8).at(minute: 8 * 60),
                end: monday.adding(days: 8).at(minute: 17 * 60), reason: "Lampbyte och service")
        }
    }
}
