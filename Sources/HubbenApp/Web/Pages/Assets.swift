import Crypto
import Foundation

/// Static files under `Public/`, linked with a content fingerprint (`?v=…`) so browsers may keep them for a
/// year and still see a new version at once. `StaticCacheMiddleware` sets the matching cache headers.
struct Assets: Sendable {
    static let stylesheet = "/css/hubben.css"
    static let icon = "/images/hubben-mark.svg"

    private let fingerprints: [String: String]

    init(publicDirectory: String, files: [String] = [Assets.stylesheet, Assets.icon]) {
        var fingerprints: [String: String] = [:]
        for file in files {
            let path = publicDirectory + file.dropFirst()
            if let data = FileManager.default.contents(atPath: path) {
                fingerprints[file] = SHA256.hash(data: data).prefix(6).map { String(format: "%02x", $0) }.joined()
            }
        }
        self.fingerprints = fingerprints
    }

    func url(for file: String) -> String {
        fingerprints[file].map { "\(file)?v=\($0)" } ?? file
    }

    func fingerprint(of file: String) -> String? { fingerprints[file] }
}
