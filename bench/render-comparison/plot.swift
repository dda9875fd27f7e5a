import Foundation
typealias BodyNode = Node<HTML.BodyContext>
typealias ListNode = Node<HTML.ListContext>
extension Node {
    static func escaped(_ text: String) -> Node { .raw(HTMLText.escape(text)) }
}
enum HTMLText {
    static func escape(_ text: String, quotes: Bool = false) -> String {
        var text = text
        return text.withUTF8 { bytes in
            func special(_ byte: UInt8) -> Bool {
                byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                    || (quotes && (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")))
            }
            guard bytes.contains(where: special) else { return String(decoding: bytes, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
func render() -> String { HTML(.body(board())).render() }

measure(render)
