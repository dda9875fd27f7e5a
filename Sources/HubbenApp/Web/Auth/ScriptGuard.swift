import Foundation
import HubbenCore
import Vapor

/// What tells a script from a person on the forms anyone may send, without a third party: a field people never
/// see (`FormParts.honeypot`) and the seconds a person needs to fill a form in (the moment it was first shown,
/// sent back in `started` and kept through a refusal, so that fixing one field is not "too fast").
enum ScriptGuard {
    static let honeypotField = "website"
    static let startedField = "started"

    /// The field people never see was filled in: a script, told what a person is told, with nothing kept.
    static func filledHoneypot(_ req: Request) -> Bool {
        !req.formText(honeypotField, limit: 500).isEmpty
    }

    /// When the form was first shown, as it says; `shown` when it says nothing usable (or a moment to come).
    static func started(_ req: Request, else shown: Date) -> Date {
        let sent = Double(req.formText(startedField, limit: 30)).flatMap {
            $0.isFinite ? Date(timeIntervalSince1970: $0) : nil
        }
        guard let sent, sent <= req.now else { return shown }
        return sent
    }

    static func isTooFast(since started: Date, now: Date) -> Bool {
        now.timeIntervalSince(started) < InterestConsent.minimumFillTime
    }
}
