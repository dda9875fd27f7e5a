import HubbenCore

/// The one search's page: the box, the counts per kind (each a filter), and the hits grouped by kind.
enum SearchPages {
    static func results(_ results: SearchActions.Results, _ t: Localizer) -> Page {
        let number = { (value: Int) in NumberFormat.integer(value, language: t.language) }
        return Page(
            title: results.text.isEmpty ? t(.searchTitle) : "\(t(.searchTitle)): \(results.text)",
            main: .group(
                .h1(.text(t(.searchTitle))),
                .form(
                    .method(.get), .action(SearchPaths.search()), .class("filters"),
                    .attribute(named: "role", value: "search"),
                    FormParts.input(
                        .init(
                            name: "q", id: "search-page-q", label: t(.searchLabel), hint: t(.searchHint),
                            value: results.text, type: .search),
                        errors: FormErrors(), t),
                    .unwrap(results.kind) { FormParts.hidden("kind", $0.rawValue) },
                    FormParts.submit(t(.searchButton), style: "button-secondary")),
                .if(
                    !results.text.isEmpty,
                    .group(
                        .p(
                            .class("result-count"), .attribute(named: "role", value: "status"),
                            .text(t(.searchTotal(number(results.total), results.text)))),
                        kindFilter(results, t),
                        results.total == 0
                            ? .p(.class("empty-state"), .text(t(.searchNothing)))
                            : .forEach(results.groups.filter { $0.total > 0 }) { found in
                                groupSection(found, results, t)
                            },
                        .unwrap(results.kind) { kind in
                            let count = results.groups.first?.total ?? 0
                            let pages = max(1, (count + SearchActions.pageSize - 1) / SearchActions.pageSize)
                            return PageParts.pagination(page: results.page, pageCount: pages, t) { page in
                                SearchPaths.results(results.text, kind: kind, page: page)
                            }
                        }))
            ), section: nil)
    }

    /// "Allt · Idéer (12) · Projekt (3) …": the counts, each a link to that kind alone.
    private static func kindFilter(_ results: SearchActions.Results, _ t: Localizer) -> Node {
        .nav(
            .ariaLabel(t(.searchKindsLabel)), .class("kind-filter"),
            .ul(
                .class("count-list"),
                .li(
                    results.kind == nil
                        ? .span(.attribute(named: "aria-current", value: "page"), .text(t(.searchAllKinds)))
                        : .a(.href(SearchPaths.results(results.text)), .text(t(.searchAllKinds)))),
                .forEach(results.kind == nil ? results.groups : []) { group in
                    .li(
                        .a(
                            .href(SearchPaths.results(results.text, kind: group.kind)),
                            .text(
                                "\(t(SearchTexts.kind(group.kind))) (\(NumberFormat.integer(group.total, language: t.language)))"
                            )))
                },
                .unwrap(results.kind) { kind in
                    .li(
                        .span(
                            .attribute(named: "aria-current", value: "page"),
                            .text(
                                "\(t(SearchTexts.kind(kind))) (\(NumberFormat.integer(results.total, language: t.language)))"
                            )))
                }))
    }

    private static func groupSection(_ group: SearchActions.Group, _ results: SearchActions.Results, _ t: Localizer)
        -> Node
    {
        let heading = "results-\(group.kind.rawValue)"
        return .section(
            .attribute(named: "aria-labelledby", value: heading),
            .h2(
                .id(heading),
                .text("\(t(SearchTexts.kind(group.kind))) (\(NumberFormat.integer(group.total, language: t.language)))")
            ),
            .ul(
                .class("idea-list search-results"),
                .forEach(group.hits) { hit in
                    .li(
                        .class("idea-card"),
                        .h3(.class("idea-card-title"), .a(.href(SearchActions.path(hit)), .text(hit.title))),
                        .p(.class("idea-card-summary"), .text(hit.summary)))
                }),
            .if(
                results.kind == nil && group.total > group.hits.count,
                .p(
                    .a(
                        .href(SearchPaths.results(results.text, kind: group.kind)),
                        .text(
                            t(
                                .searchMoreOfKind(
                                    NumberFormat.integer(group.total, language: t.language),
                                    t(SearchTexts.kind(group.kind))))))))
        )
    }
}
