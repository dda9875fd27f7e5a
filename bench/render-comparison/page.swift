// The project board's shape (five columns of 22 cards), written once for both renderers.
import Foundation

/// Renders `runs` pages (first argument), prints the time per page; with a second argument, writes one page there.
func measure(_ render: () -> String) {
    let runs = Int(CommandLine.arguments.dropFirst().first ?? "2000") ?? 2000
    var bytes = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<runs { bytes &+= render().utf8.count }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e3 / Double(runs)
    print("\(runs) renders, \(bytes / runs) bytes each, \(String(format: "%.1f", elapsed)) µs per page")
    if CommandLine.arguments.count > 2 {
        try? render().write(toFile: CommandLine.arguments[2], atomically: true, encoding: .utf8)
    }
}

struct Card {
    let id: Int
    let title: String
    let lead: String
    let coach: String
    let days: Int
    let themes: [String]
}

let cards: [Card] = (0..<110).map { i in
    Card(
        id: 1000 + i, title: "Lånecyklar vid stationen nummer \(i) & mer", lead: "Stadsbyggnadsförvaltningen",
        coach: "Sara Nilsson", days: i * 3, themes: ["Miljö", "Digitalisering"])
}

func card(_ card: Card) -> ListNode {
    .li(
        .class("card project-card"),
        .h3(.a(.href("/projects/\(card.id)"), .escaped(card.title))),
        .p(.class("card-meta"), .span(.escaped(card.lead)), .escaped(" · "), .span(.escaped("Coach: \(card.coach)"))),
        .p(.class("card-meta"), .escaped("\(card.days) dagar i fasen")),
        .ul(.class("tag-list"), .forEach(card.themes) { theme in .li(.class("tag"), .escaped(theme)) }),
        .p(.class("card-progress"), .span(.class("visually-hidden"), .escaped("Steg 2 av 5")))
    )
}

func board() -> BodyNode {
    .div(
        .class("board"),
        .forEach(0..<5) { boardColumn($0) })
}

func boardColumn(_ column: Int) -> BodyNode {
    let slice = cards[(column * 22)..<(column * 22 + 22)]
    return .section(
        .class("board-column"),
        .attribute(named: "aria-labelledby", value: "column-\(column)"),
        .h2(.id("column-\(column)"), .escaped("Fas \(column + 1)")),
        .ul(.class("card-list"), .forEach(slice) { card($0) })
    )
}
