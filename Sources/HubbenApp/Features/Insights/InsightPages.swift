import Foundation
import HubbenCore

/// The insights pages: the period, each table as a bar chart drawn on the server (SVG, no script, no inline
/// style) with the numbers in a table beside it and its downloads, and what every number counts.
enum InsightPages {
    struct Model {
        var results: [InsightResult]
        var period: InsightPeriod
        var values: [String: String]
        var errors = FormErrors()
        var hubTeam: Bool
    }

    static func page(_ model: Model, _ t: Localizer) -> Page {
        let title = model.hubTeam ? t(.insightsHubTeamTitle) : t(.insightsTitle)
        let base = model.hubTeam ? InsightPaths.hubTeam() : InsightPaths.page()
        return Page(
            title: title,
            main: .group(
                FormParts.errorSummary(model.errors, t),
                .h1(.text(title)),
                PageParts.lead(model.hubTeam ? t(.insightsHubTeamLead) : t(.insightsLead)),
                .form(
                    .method(.get), .action(base), .class("filters no-print"), .novalidate(),
                    FormParts.input(
                        .init(
                            name: "from", label: t(.insightsFrom), hint: t(.insightsDayHint),
                            value: model.values["from"] ?? model.period.from.iso, width: "input-medium"),
                        errors: model.errors, t),
                    FormParts.input(
                        .init(
                            name: "to", label: t(.insightsTo), hint: t(.insightsDayHint),
                            value: model.values["to"] ?? model.period.to.iso, width: "input-medium"),
                        errors: model.errors, t),
                    FormParts.submit(t(.insightsShow), style: "button-secondary")),
                .p(
                    .class("result-count"),
                    .text(
                        t(
                            .insightsPeriod(
                                model.period.from.formatted(t.language), model.period.to.formatted(t.language))))),
                .nav(
                    .ariaLabel(t(.insightsContents)), .class("no-print"),
                    .ul(
                        .forEach(model.results) { result in
                            .li(.a(.href("#" + result.table.rawValue), .text(t(InsightTexts.title(result.table)))))
                        },
                        .li(.a(.href("#definitions"), .text(t(.insightsDefinitions)))),
                        .li(.a(.href(OpenDataPaths.catalogue()), .text(t(.insightsOpenData)))))),
                .forEach(model.results) { result in section(result, base: base, t) },
                .section(
                    .id("definitions"), .attribute(named: "aria-labelledby", value: "definitions-heading"),
                    .h2(.id("definitions-heading"), .text(t(.insightsDefinitions))),
                    .dl(
                        .class("definitions"),
                        .forEach(model.results) { result in
                            .group(
                                .dt(.text(t(InsightTexts.title(result.table)))),
                                .dd(.text(t(InsightTexts.definition(result.table)))))
                        }))
            ), section: nil, hasErrors: !model.errors.isEmpty)
    }

    private static func section(_ result: InsightResult, base: String, _ t: Localizer) -> Node {
        let name = result.table.rawValue
        let title = t(InsightTexts.title(result.table))
        let query = ["from": result.period.from.iso, "to": result.period.to.iso]
        return .section(
            .id(name), .class("insight"), .attribute(named: "aria-labelledby", value: "\(name)-heading"),
            .h2(.id("\(name)-heading"), .text(title)),
            .p(.class("muted"), .text(t(InsightTexts.definition(result.table)))),
            result.rows.isEmpty
                ? .p(.class("empty-state"), .text(t(.insightsEmpty)))
                : .group(chart(result, t), table(result, t)),
            .p(
                .class("no-print"), .text(t(.insightsDownload) + ": "),
                .a(
                    .href(HTMLAttribute.pathWithQuery(base + "/\(name).csv", query)),
                    .attribute(named: "type", value: "text/csv"), .text("CSV")),
                .text(" · "),
                .a(
                    .href(HTMLAttribute.pathWithQuery(base + "/\(name).json", query)),
                    .attribute(named: "type", value: "application/json"), .text("JSON")))
        )
    }

    /// The columns the page shows, in the reader's language.
    private static func shown(_ result: InsightResult, _ language: Language) -> [Int] {
        result.columns.indices.filter { result.columns[$0].isShown(in: language) }
    }

    /// The column naming each bar, in the reader's language.
    private static func labelColumn(_ result: InsightResult, _ language: Language) -> Int {
        let next = result.chartLabel + 1
        if language == .en, next < result.columns.count, result.columns[next].key.hasSuffix("_en") { return next }
        return result.chartLabel
    }

    static func table(_ result: InsightResult, _ t: Localizer) -> Node {
        let columns = shown(result, t.language)
        let name = result.table.rawValue
        return PageParts.table(
            id: "\(name)-caption", caption: t(InsightTexts.title(result.table)),
            columns: columns.map { index in
                PageParts.Column(t(result.columns[index].label), numeric: result.columns[index].kind != .text)
            },
            rows: .tbody(
                .forEach(result.rows) { row in
                    .tr(
                        .forEach(Array(columns.enumerated())) { position, index in
                            let value = index < row.count ? row[index] : .text("")
                            let text = cellText(value, t)
                            return position == 0
                                ? .th(.attribute(named: "scope", value: "row"), .text(text))
                                : .td(.if(result.columns[index].kind != .text, .class("number")), .text(text))
                        })
                }))
    }

    static func cellText(_ value: InsightValue, _ t: Localizer) -> String {
        let decimal = { (number: Double) -> String in
            let text = String(format: "%.1f", number)
            return t.language == .sv ? text.replacingOccurrences(of: ".", with: ",") : text
        }
        switch value {
        case .text(let text): return text
        case .count(let count): return NumberFormat.integer(count, language: t.language)
        case .percent(let share): return share.map { decimal($0) + "\u{00A0}%" } ?? t(.insightsNotMeasured)
        case .days(let days): return days.map(decimal) ?? t(.insightsNotMeasured)
        case .kronor(let amount): return NumberFormat.integer(amount, language: t.language) + "\u{00A0}kr"
        case .minutes(let minutes): return PartnerTexts.hours(minutes, t.language)
        }
    }

    // MARK: The chart

    private static let width = 640.0
    private static let labelWidth = 210.0
    private static let valueWidth = 110.0
    private static let barHeight = 16.0
    private static let gap = 10.0

    /// Horizontal bars, one group per row, drawn to scale of the largest value; each bar's value is written
    /// beside it, and series are told apart by fill (solid, outlined), not by colour alone.
    static func chart(_ result: InsightResult, _ t: Localizer) -> Node {
        let label = labelColumn(result, t.language)
        let series = result.chartValues.filter { $0 < result.columns.count }
        let largest =
            result.rows.flatMap { row in series.compactMap { $0 < row.count ? row[$0].number : nil } }.max() ?? 0
        let scale = largest > 0 ? (width - labelWidth - valueWidth) / largest : 0
        let rowHeight = barHeight * Double(series.count) + gap
        let height = rowHeight * Double(result.rows.count) + gap
        let titleID = "\(result.table.rawValue)-chart-title"
        var shapes: [Node] = [
            .element(
                named: "title", nodes: [.id(titleID), .text(t(.insightsChartAlt(t(InsightTexts.title(result.table)))))])
        ]
        for (index, row) in result.rows.enumerated() {
            let top = gap / 2 + Double(index) * rowHeight
            let name = label < row.count ? cellText(row[label], t) : ""
            shapes.append(
                .element(
                    named: "text",
                    nodes: [
                        .attribute(named: "x", value: format(labelWidth - 8)),
                        .attribute(named: "y", value: format(top + rowHeight / 2 - 1)),
                        .attribute(named: "text-anchor", value: "end"), .class("chart-label"),
                        .text(name.count > 30 ? String(name.prefix(29)) + "…" : name),
                    ]))
            for (position, column) in series.enumerated() {
                let value = column < row.count ? row[column] : .text("")
                let length = max((value.number ?? 0) * scale, value.number ?? 0 > 0 ? 1 : 0)
                let y = top + Double(position) * barHeight
                shapes.append(
                    .selfClosedElement(
                        named: "rect",
                        attributes: [
                            .attribute(named: "x", value: format(labelWidth)), .attribute(named: "y", value: format(y)),
                            .attribute(named: "width", value: format(length)),
                            .attribute(named: "height", value: format(barHeight - 2)),
                            .class("chart-bar chart-bar-\(position)"),
                        ]))
                shapes.append(
                    .element(
                        named: "text",
                        nodes: [
                            .attribute(named: "x", value: format(labelWidth + length + 6)),
                            .attribute(named: "y", value: format(y + barHeight - 4)), .class("chart-value"),
                            .text(cellText(value, t)),
                        ]))
            }
        }
        return .figure(
            .class("chart"),
            .element(
                named: "svg",
                nodes: [
                    .attribute(named: "xmlns", value: "http://www.w3.org/2000/svg"),
                    .attribute(named: "viewBox", value: "0 0 \(format(width)) \(format(height))"),
                    .attribute(named: "role", value: "img"), .attribute(named: "aria-labelledby", value: titleID),
                    .attribute(named: "focusable", value: "false"), .group(shapes),
                ]),
            .if(
                series.count > 1,
                .element(
                    named: "figcaption",
                    nodes: [
                        .ul(
                            .class("chart-legend"),
                            .forEach(Array(series.enumerated())) { position, column in
                                .li(
                                    .span(
                                        .class("chart-swatch chart-swatch-\(position)"),
                                        .attribute(named: "aria-hidden", value: "true")),
                                    .text(t(result.columns[column].label)))
                            })
                    ])))
    }

    private static func format(_ number: Double) -> String { String(format: "%.1f", number) }
}
