import Foundation
import HubbenCore

/// The Atom feed of public timeline entries (`/projects/feed.atom`): gate decisions, experiments and public
/// journal entries of public projects, newest first.
enum ProjectFeed {
    static func atom(_ entries: [ProjectStore.FeedEntry], baseURL: String, now: Date, _ t: Localizer) -> String {
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        func escape(_ text: String) -> String { HTMLAttribute.escape(text) }
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(t.language.rawValue)">
            <title>\(escape(t(.projectsFeedTitle)))</title>
            <id>\(escape(base))/projects</id>
            <link rel="self" type="application/atom+xml" href="\(escape(base))/projects/feed.atom"/>
            <link rel="alternate" type="text/html" href="\(escape(base))/projects"/>
            <updated>\(DateFormat.iso8601(entries.first?.entry.date ?? now))</updated>
            <author><name>\(escape(t(.siteName)))</name></author>

            """
        for item in entries {
            let (title, summary) = texts(item.entry, t)
            let link = "\(base)/projects/\(item.projectID)#\(item.entry.key)"
            xml += """
                <entry>
                <title>\(escape(item.projectTitle + ": " + title))</title>
                <id>\(escape(link))</id>
                <link rel="alternate" type="text/html" href="\(escape(link))"/>
                <updated>\(DateFormat.iso8601(item.entry.date))</updated>
                <summary>\(escape(summary))</summary>
                </entry>

                """
        }
        return xml + "</feed>\n"
    }

    static func texts(_ entry: TimelineEntry, _ t: Localizer) -> (title: String, summary: String) {
        switch entry {
        case .gate(let decision):
            let title =
                t(.timelineGate(decision: t(ProjectPages.decision(decision.kind)))) + " – "
                + ProjectPages.stageText(decision.to, t)
            return (
                title, [decision.rationale, decision.lessonsLearned].filter { !$0.isEmpty }.joined(separator: "\n\n")
            )
        case .experiment(let experiment):
            let title = t(
                .timelineExperiment(number: "\(experiment.id)", phase: t(ProjectPages.phase(experiment.draft.phase))))
            return (
                title + " – " + t(ProjectPages.result(experiment.draft.result)),
                [experiment.draft.hypothesis, experiment.draft.learning].filter { !$0.isEmpty }.joined(
                    separator: "\n\n")
            )
        case .journal(let entry):
            return (entry.draft.title, entry.draft.body)
        }
    }
}
