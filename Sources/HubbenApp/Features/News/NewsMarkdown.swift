import HubbenCore

/// A news post's Markdown as HTML fit for a page: `Markdown` (linear, no raw HTML) through the allow-list
/// sanitiser.
enum NewsMarkdown {
    static func html(_ markdown: String) -> String {
        HTMLSanitizer.sanitize(Markdown.html(markdown))
    }
}
