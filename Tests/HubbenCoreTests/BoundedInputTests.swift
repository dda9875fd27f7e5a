import Foundation
import HubbenCore
import Testing

@Suite("Bounded input: pages, addresses, text")
struct BoundedInputTests {
    @Test("Paging clamps anything a request sends and never overflows")
    func paging() {
        let extreme = Paging(page: .max, per: .max)
        #expect(extreme.page == Paging.maximumPage)
        #expect(extreme.per == 100)
        #expect(extreme.offset == (Paging.maximumPage - 1) * 100)
        #expect(Paging(page: .min, per: .min).page == 1)
        #expect(Paging(page: nil, per: nil).per == 20)
        #expect(Paging(page: 1, per: 20).pageCount(total: 0) == 1)
        #expect(Paging(page: 1, per: 20).pageCount(total: 41) == 3)
        #expect(Paging(page: 1, per: 100).pageCount(total: .max) > 0)
        #expect(!Paging.isValid(page: .max, per: 20))
        #expect(Paging.isValid(page: nil, per: nil))
    }

    @Test("The page-number window stays inside the pages, also for a page past the end")
    func window() {
        #expect(Paging.window(page: 17, pageCount: 14) == 12...14)
        #expect(Paging.window(page: .max, pageCount: 3) == 1...3)
        #expect(Paging.window(page: .min, pageCount: 0) == 1...1)
        #expect(Paging.window(page: 5, pageCount: 10) == 3...7)
    }

    @Test("Addresses and networks, IPv4 and IPv6")
    func networks() throws {
        let network = try #require(IPNetwork("10.0.0.0/8"))
        #expect(network.contains(try #require(IPAddress("10.200.3.4"))))
        #expect(!network.contains(try #require(IPAddress("11.0.0.1"))))
        #expect(IPAddress("::ffff:10.1.2.3") == IPAddress("10.1.2.3"))
        let six = try #require(IPNetwork("2001:db8::/32"))
        #expect(six.contains(try #require(IPAddress("2001:db8:1::5"))))
        #expect(IPNetwork("10.0.0.0/33") == nil)
        #expect(IPNetwork("not an address") == nil)
        #expect(IPAddress("2001:db8:1:2:aaaa::1")?.rateLimitKey == IPAddress("2001:db8:1:2:bbbb::9")?.rateLimitKey)
        #expect(IPAddress("2001:db8:1:2::1")?.rateLimitKey != IPAddress("2001:db8:1:3::1")?.rateLimitKey)
    }

    @Test("The client address comes from forwarding headers only behind a trusted proxy")
    func clientAddress() throws {
        let proxies = [try #require(IPNetwork("10.0.0.0/8"))]
        #expect(
            ClientAddress.resolve(
                peer: "203.0.113.9", forwardedFor: ["1.2.3.4"], forwarded: [], trustedProxies: proxies)?.description
                == "203.0.113.9")
        #expect(
            ClientAddress.resolve(
                peer: "10.0.0.2", forwardedFor: ["1.2.3.4, 198.51.100.7"], forwarded: [], trustedProxies: proxies)?
                .description
                == "198.51.100.7")
        #expect(
            ClientAddress.resolve(
                peer: "10.0.0.2", forwardedFor: ["198.51.100.7, 10.0.0.3"], forwarded: [], trustedProxies: proxies)?
                .description
                == "198.51.100.7")
        #expect(
            ClientAddress.resolve(
                peer: "10.0.0.2", forwardedFor: [],
                forwarded: ["for=192.0.2.60;proto=https, for=\"[2001:db8::1]:4711\""],
                trustedProxies: proxies) == IPAddress("2001:db8::1"))
        #expect(
            ClientAddress.resolve(peer: "10.0.0.2", forwardedFor: ["garbage"], forwarded: [], trustedProxies: proxies)?
                .description == "10.0.0.2")
    }

    @Test("Control characters other than tab and line breaks are refused")
    func controlCharacters() {
        #expect(TextRules.hasForbiddenControlCharacters("abc\u{0}def"))
        #expect(TextRules.hasForbiddenControlCharacters("\u{1B}[31m"))
        #expect(!TextRules.hasForbiddenControlCharacters("rad ett\nrad två\tåäö 😀\r\n"))
    }
}
