import Crypto
import Foundation
import NIOCore
import Vapor

/// The files under `Public/`, read once when the application starts and served from memory
/// (`StaticFileMiddleware`), before sessions, CSRF and the page cache: a stylesheet costs no file system call
/// and no database query, signed in or not. Pages link them with a content fingerprint (`?v=…`), so a browser
/// may keep them for a year and still sees a new version at once; each has a strong ETag for revalidation.
struct Assets: Sendable {
    static let stylesheet = "/css/hubben.css"
    static let icon = "/images/hubben-mark.svg"
    static let similarIdeasScript = "/js/similar-ideas.js"
    /// Nothing larger is kept in memory (Public/ holds a stylesheet, a script and an icon).
    static let largestFile = 2 * 1_024 * 1_024

    struct File: Sendable {
        let body: ByteBuffer
        let contentType: String
        /// A strong validator: the content's hash, quoted.
        let etag: String
        let fingerprint: String
    }

    private let files: [String: File]

    /// Reads every file under `publicDirectory` (or only `names`, site paths such as "/css/hubben.css").
    init(publicDirectory: String, files names: [String]? = nil) {
        let root = URL(filePath: publicDirectory, directoryHint: .isDirectory)
        let paths =
            names
            ?? (FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []).map {
                "/" + $0
            }
        var files: [String: File] = [:]
        for path in paths where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            let url = root.appending(path: String(path.dropFirst()))
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                let data = FileManager.default.contents(atPath: url.path), data.count <= Self.largestFile
            else { continue }
            let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
            // RFC 9239: JavaScript is text/javascript (Vapor's table still says application/javascript).
            let type =
                url.pathExtension == "js"
                ? HTTPMediaType(type: "text", subType: "javascript")
                : HTTPMediaType.fileExtension(url.pathExtension) ?? .binary
            files[path] = File(
                body: ByteBuffer(bytes: data), contentType: Self.withCharset(type),
                etag: "\"\(digest.prefix(32))\"", fingerprint: String(digest.prefix(12)))
        }
        self.files = files
    }

    func file(at path: String) -> File? { files[path] }

    /// The address pages link: the path with its content fingerprint.
    func url(for file: String) -> String {
        files[file].map { "\(file)?v=\($0.fingerprint)" } ?? file
    }

    func fingerprint(of file: String) -> String? { files[file]?.fingerprint }

    private static func withCharset(_ type: HTTPMediaType) -> String {
        let textual = type.type == "text" || type.subType.hasSuffix("+xml") || type.subType == "json"
        return textual ? "\(type.type)/\(type.subType); charset=utf-8" : "\(type.type)/\(type.subType)"
    }
}
