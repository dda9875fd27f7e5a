import Foundation
typealias BodyNode = Node
typealias ListNode = Node
extension Node { static func escaped(_ text: String) -> Node { .text(text) } }
func render() -> String { Node.group(.raw("<!DOCTYPE html>"), .element(named: "html", nodes: [.body(board())])).render(capacity: 32 * 1024) }

let runs = Int(CommandLine.arguments.dropFirst().first ?? "2000") ?? 2000
var bytes = 0
let start = DispatchTime.now().uptimeNanoseconds
for _ in 0..<runs { bytes &+= render().utf8.count }
let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e3 / Double(runs)
print("\(runs) renders, \(bytes / runs) bytes each, \(String(format: "%.1f", elapsed)) µs per page")
if CommandLine.arguments.count > 2 { try! render().write(toFile: CommandLine.arguments[2], atomically: true, encoding: .utf8) }
