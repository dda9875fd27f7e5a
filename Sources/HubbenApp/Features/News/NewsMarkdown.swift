import Foundation
import HubbenCore
import Ink

/// A news post's Markdown as HTML fit for a page: Ink's rendering through the allow-list sanitiser.
enum NewsMarkdown {
    static func html(_ markdown: String) -> String {
        // Ink reads "\r\n" as two line breaks; the form sends those.
        let text = markdown.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return HTMLSanitizer.sanitize(MarkdownParser().html(from: text))
    }
}
