import Foundation
typealias BodyNode = Node
typealias ListNode = Node
extension Node { static func escaped(_ text: String) -> Node { .text(text) } }
func render() -> String { Node.group(.raw("<!DOCTYPE html>"), .element(named: "html", nodes: [.body(board())])).render(capacity: 32 * 1024) }

measure(render)
