import Foundation
import HubbenCore

/// The Atom feed of news (`/news/feed.atom`, RFC 4287): the newest public posts, each with its summary, its
/// sanitised text as HTML content and its themes as categories.
enum NewsFeed {
    static func atom(_ page: NewsActions.ListPage, baseURL: String, now: Date, _ t: Localizer) -> String {
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        func escape(_ text: String) -> String { HTMLAttribute.escape(text) }
        let updated = page.posts.map(\.updatedAt).max() ?? now
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(t.language.rawValue)">
            <title>\(escape(t(.newsFeedTitle)))</title>
            <id>\(escape(base))\(NewsPaths.list())</id>
            <link rel="self" type="application/atom+xml" href="\(escape(base))\(NewsPaths.feed())"/>
            <link rel="alternate" type="text/html" href="\(escape(base))\(NewsPaths.list())"/>
            <updated>\(DateFormat.iso8601(updated))</updated>
            <author><name>\(escape(t(.siteName)))</name></author>

            """
        for post in page.posts {
            let link = base + NewsPaths.show(post.id)
            xml += """
                <entry>
                <title>\(escape(post.title))</title>
                <id>\(escape(link))</id>
                <link rel="alternate" type="text/html" href="\(escape(link))"/>
                <published>\(DateFormat.iso8601(post.publishAt ?? post.createdAt))</published>
                <updated>\(DateFormat.iso8601(post.updatedAt))</updated>
                <summary>\(escape(post.summary))</summary>
                <content type="html">\(escape(HTMLSanitizer.sanitize(post.bodyHTML)))</content>

                """
            for theme in page.themes[post.id] ?? [] {
                xml += "<category term=\"\(escape(theme.slug))\" label=\"\(escape(theme.name(t.language)))\"/>\n"
            }
            xml += "</entry>\n"
        }
        return xml + "</feed>\n"
    }
}
