/// Which page of a list a request asks for, bounded where it enters: every `page` and `per` from a request
/// becomes a `Paging` before any arithmetic, so no request can overflow `(page - 1) * per`, ask the database
/// for an absurd offset, or make a page-number window whose bounds cross.
public struct Paging: Equatable, Sendable {
    /// The highest page anyone may ask for: at 100 a page, a million rows. Further pages are refused by the
    /// API (the spec's `maximum`) and clamped on web pages.
    public static let maximumPage = 10_000

    public let page: Int
    public let per: Int

    /// Clamps whatever a request sent: `page` to 1…`maximumPage`, `per` to 1…`maximumPer`, missing values
    /// to the first page and `defaultPer`.
    public init(page: Int?, per: Int?, defaultPer: Int = 20, maximumPer: Int = 100) {
        let maximumPer = max(1, maximumPer)
        self.page = min(max(1, page ?? 1), Self.maximumPage)
        self.per = min(max(1, per ?? defaultPer), maximumPer)
    }

    /// Whether `page` and `per` are within bounds as sent (for the API, which refuses instead of clamping).
    public static func isValid(page: Int?, per: Int?, maximumPer: Int = 100) -> Bool {
        (1...maximumPage).contains(page ?? 1) && (1...max(1, maximumPer)).contains(per ?? 1)
    }

    /// Rows to skip: at most `(maximumPage - 1) * maximumPer`, far from overflowing.
    public var offset: Int { (page - 1) * per }

    /// How many pages `total` rows make (at least one, so an empty list still has its first page).
    public func pageCount(total: Int) -> Int {
        guard total > 0 else { return 1 }
        return total / per + (total % per == 0 ? 0 : 1)
    }

    /// The page numbers to link around `page` (at most `radius` either side), within 1…`pageCount`. A page
    /// past the end (a stale link after a filter shrank the list) gives the window at the end.
    public static func window(page: Int, pageCount: Int, radius: Int = 2) -> ClosedRange<Int> {
        let last = max(1, pageCount)
        let current = min(max(1, page), last)
        return max(1, current - radius)...min(last, current + radius)
    }
}
