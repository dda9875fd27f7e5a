import Foundation

/// Markup that is the same for every viewer of one kind except for their CSRF token — an idea's comments with
/// a reply and a report form under each — rendered once with a stand-in for the token (kept in shared reads)
/// and written out per request with the viewer's own token, instead of rendering fifty forms per request.
struct MarkupWithToken: Sendable {
    /// Random per process and never sent anywhere, so nothing a person typed can contain it; and if a text did,
    /// it would show that viewer's own token, which the page holds anyway.
    static let standIn = "token-" + SecretToken.generate()

    private let pieces: [String]

    /// `render` builds the markup for a token; it is called once, with the stand-in.
    init(_ render: (_ token: String) -> Node) {
        self.init(rendered: render(Self.standIn).render())
    }

    /// Markup already written out with the stand-in for the token (a shared page's main content).
    init(rendered html: String) {
        pieces = html.components(separatedBy: Self.standIn)
    }

    /// The markup with `token` where the stand-in was (escaped as the attribute value it stands in).
    func node(token: String) -> Node {
        .raw(pieces.joined(separator: HTMLWriter.escaped(token, quotes: true)))
    }
}
