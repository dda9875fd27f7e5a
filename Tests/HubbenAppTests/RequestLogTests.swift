@testable import HubbenApp
import Logging
import Testing

@Suite("Request log lines")
struct RequestLogTests {
    @Test(
        "Server errors, slow and refused requests are logged at the default level; plain successes are detail",
        arguments: [
            (UInt(200), 3.0, Logger.Level.debug),
            (303, 12.0, .debug),
            (200, 750.0, .warning),
            (404, 2.0, .info),
            (403, 2.0, .info),
            (422, 2.0, .info),
            (500, 2.0, .error),
            (503, 900.0, .error),
        ])
    func levels(status: UInt, milliseconds: Double, expected: Logger.Level) {
        #expect(RequestLogMiddleware.level(status: status, milliseconds: milliseconds) == expected)
    }
}
