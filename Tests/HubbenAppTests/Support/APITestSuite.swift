import Foundation
@testable import HubbenApp
import Testing
import VaporTesting
import Fluent
import NIOFoundationEssentialsCompat

/// What the JSON API suites share: sending JSON with a bearer token, reading an object or the error shape,
/// and a token for an account.
protocol APITestSuite {}

extension APITestSuite {
    func send(
        _ app: Application, _ method: HTTPMethod, _ path: String, token: String? = nil, body: [String: Any]? = nil,
        headers extra: HTTPHeaders = [:]
    ) async throws -> TestingHTTPResponse {
        var headers = extra
        if let token { headers.bearerAuthorization = .init(token: token) }
        if body != nil { headers.contentType = .json }
        return try await app.testing().sendRequest(
            method, path, headers: headers,
            body: try body.map { ByteBuffer(data: try JSONSerialization.data(withJSONObject: $0)) })
    }

    func object(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
    }

    func error(_ response: TestingHTTPResponse) throws -> APIErrorBody.Detail {
        try JSONDecoder().decode(APIErrorBody.self, from: Data(response.text.utf8)).error
    }

    func token(_ app: Application, _ accountID: Int) async throws -> String {
        try await APITokenStore(database: app.db).create(accountID: accountID, now: Date()).token
    }
}
