import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An IPv4 or IPv6 address as its bytes (4 or 16).
public struct IPAddress: Equatable, Hashable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]

    public init?(_ text: String) {
        var text = text.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("["), let end = text.firstIndex(of: "]") {
            text = String(text[text.index(after: text.startIndex)..<end])
        }
        if let zone = text.firstIndex(of: "%") { text = String(text[..<zone]) }
        guard !text.isEmpty, text.utf8.count <= 64 else { return nil }
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            bytes = withUnsafeBytes(of: &v4) { Array($0) }
            return
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            let raw = withUnsafeBytes(of: &v6) { Array($0) }
            // An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is that IPv4 address.
            if raw[0..<10].allSatisfy({ $0 == 0 }), raw[10] == 0xff, raw[11] == 0xff {
                bytes = Array(raw[12..<16])
            } else {
                bytes = raw
            }
            return
        }
        return nil
    }

    public var isIPv4: Bool { bytes.count == 4 }

    public var description: String {
        isIPv4 ? bytes.map(String.init).joined(separator: ".") : hextets(bytes.count / 2)
    }

    /// What rate limits count by: the address itself for IPv4, its /64 network for IPv6 (one household or
    /// one device is given a whole /64, and can pick any address in it).
    public var rateLimitKey: String {
        isIPv4 ? description : hextets(4) + "::/64"
    }

    /// The first `count` 16-bit groups of an IPv6 address in hexadecimal, joined by colons.
    private func hextets(_ count: Int) -> String {
        (0..<count).map { String(UInt16(bytes[2 * $0]) << 8 | UInt16(bytes[2 * $0 + 1]), radix: 16) }.joined(
            separator: ":")
    }
}

/// A network given as `address/prefix` (or a single address).
public struct IPNetwork: Equatable, Sendable {
    public let address: IPAddress
    public let prefixLength: Int

    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(
            separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = parts.first, let address = IPAddress(String(first)) else { return nil }
        let maximum = address.bytes.count * 8
        if parts.count == 2 {
            guard let length = Int(parts[1]), (0...maximum).contains(length) else { return nil }
            prefixLength = length
        } else {
            prefixLength = maximum
        }
        self.address = address
    }

    public func contains(_ other: IPAddress) -> Bool {
        guard other.bytes.count == address.bytes.count else { return false }
        var remaining = prefixLength
        for (mine, theirs) in zip(address.bytes, other.bytes) {
            guard remaining > 0 else { return true }
            let bits = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xff << (8 - bits))
            if mine & mask != theirs & mask { return false }
            remaining -= bits
        }
        return true
    }
}

/// Who sent a request: the socket's peer, or — only when that peer is a trusted proxy — the nearest
/// untrusted address in `X-Forwarded-For`, or in RFC 7239 `Forwarded` when that header is absent.
public enum ClientAddress {
    public static func resolve(peer: String?, forwardedFor: [String], forwarded: [String], trustedProxies: [IPNetwork])
        -> IPAddress?
    {
        guard let peerAddress = peer.flatMap(IPAddress.init) else { return nil }
        func trusted(_ address: IPAddress) -> Bool { trustedProxies.contains { $0.contains(address) } }
        guard trusted(peerAddress) else { return peerAddress }
        let chain: [String]
        if !forwardedFor.isEmpty {
            chain = forwardedFor.flatMap { $0.split(separator: ",").map { String($0) } }
        } else {
            chain = forwarded.flatMap { $0.split(separator: ",") }.compactMap { element in
                element.split(separator: ";").lazy
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                    .first { $0.lowercased().hasPrefix("for=") }
                    .map { value in
                        var node = String(value.dropFirst(4)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                        // `for="[2001:db8::1]:4711"` or `for=192.0.2.1:4711`: drop the port.
                        if node.hasPrefix("["), let end = node.firstIndex(of: "]") {
                            node = String(node[...end])
                        } else if node.filter({ $0 == ":" }).count == 1, let colon = node.firstIndex(of: ":") {
                            node = String(node[..<colon])
                        }
                        return node
                    }
            }
        }
        // From the nearest hop outwards: the first address that is not one of our proxies is the client.
        var client = peerAddress
        for hop in chain.reversed().prefix(32) {
            guard let address = IPAddress(hop) else { break }
            client = address
            if !trusted(address) { break }
        }
        return client
    }
}
