import Foundation
import HubbenCore
import Testing

@Suite("Partners: what an agreement promises, and the drafts' rules")
struct PartnerRuleTests {
    private func day(_ text: String) throws -> Day { try #require(Day(iso: text)) }

    @Test("A yearly figure over a period: whole years count once each, leap years too; the rest by its days")
    func overPeriod() throws {
        #expect(
            PartnerAgreement.overPeriod(100_000, from: try day("2027-01-01"), through: try day("2027-12-31")) == 100_000
        )
        #expect(
            PartnerAgreement.overPeriod(100_000, from: try day("2028-01-01"), through: try day("2028-12-31")) == 100_000
        )
        #expect(
            PartnerAgreement.overPeriod(100_000, from: try day("2027-07-01"), through: try day("2029-06-30")) == 200_000
        )
        // Half a year: 181 days of 365.
        #expect(PartnerAgreement.overPeriod(365, from: try day("2027-01-01"), through: try day("2027-06-30")) == 181)
        #expect(PartnerAgreement.overPeriod(1000, from: try day("2027-03-01"), through: try day("2027-03-01")) == 3)
        #expect(PartnerAgreement.overPeriod(1000, from: try day("2027-03-02"), through: try day("2027-03-01")) == 0)
        // From 29 February, a year on is 28 February.
        #expect(PartnerAgreement.overPeriod(500, from: try day("2028-02-29"), through: try day("2029-02-27")) == 500)
        let agreement = PartnerAgreement(
            id: 1, organizationID: 1, startsOn: try day("2027-01-01"), endsOn: try day("2028-12-31"), status: .active,
            cashPerYear: AgreementDraft.cashLimit, hoursPerYear: AgreementDraft.hoursLimit, focusAreas: [], note: "")
        #expect(agreement.agreedCash == 2 * AgreementDraft.cashLimit && agreement.agreedMinutes == 2 * 200_000 * 60)
        let last = try day("2028-12-31")
        #expect(agreement.covers(last) && !agreement.covers(last.adding(days: 1)))
    }

    @Test("An agreement: dates in order and at most ten years, figures within their limits")
    func agreementDraft() throws {
        let good = AgreementDraft(
            startsOn: try day("2027-01-01"), endsOn: try day("2027-12-31"), status: .active, cashPerYear: 0,
            hoursPerYear: 0, focusAreas: [" Energi ", "energi", ""], note: "")
        #expect(good.problems().isEmpty && good.focusAreas == ["Energi"])
        var bad = good
        bad.endsOn = try day("2026-12-31")
        bad.cashPerYear = -1
        bad.hoursPerYear = nil
        bad.focusAreas = [String(repeating: "x", count: 81)]
        #expect(
            bad.problems() == [
                .endsOn: .invalid, .cashPerYear: .invalid, .hoursPerYear: .missing, .focusAreas: .tooLong(limit: 80),
            ])
        bad = good
        bad.endsOn = try day("2037-01-02")
        #expect(bad.problems()[.endsOn] == .invalid)
    }

    @Test("A contribution: a partner, a kind, an amount within its limit, a day that has passed")
    func contributionDraft() throws {
        let today = try day("2027-05-01")
        let hours = ContributionDraft(organizationID: 1, kind: .hours, amount: 90, day: today, what: "Workshop")
        #expect(hours.problems(today: today).isEmpty)
        var bad = hours
        bad.amount = ContributionDraft.minutesLimit + 1
        bad.day = today.adding(days: 1)
        bad.what = ""
        #expect(bad.problems(today: today) == [.amount: .invalid, .day: .invalid, .what: .missing])
        let cash = ContributionDraft(organizationID: nil, kind: .cash, amount: 0, day: nil, what: "")
        #expect(cash.problems(today: today) == [.organization: .missing, .amount: .invalid, .day: .missing])
        #expect(ContributionTotals(cash: 0, minutes: 455).hours == 7.58)
    }

    @Test("Who may do what: the hub team everything; a partner's staff only for their own partner")
    func policy() {
        let coach = Actor(accountID: 1, roles: [.resident, .coach])
        let staff = Actor(accountID: 2, roles: [.resident, .partner])
        #expect(Authorization.allows(coach, PartnerAction.manage))
        #expect(!Authorization.allows(staff, PartnerAction.manage))
        #expect(Authorization.allows(staff, PartnerAction.contribute(member: true)))
        #expect(!Authorization.allows(staff, PartnerAction.contribute(member: false)))
        #expect(Authorization.allows(coach, PartnerAction.seeOwn(member: false)))
        #expect(!Authorization.allows(.anonymous, PartnerAction.seeOwn(member: true)))
    }
}
