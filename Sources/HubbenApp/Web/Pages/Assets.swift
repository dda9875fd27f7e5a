import Crypto
import Foundation
import NIOCore
import Vapor

/// The files under `Public/`, read once when the application starts and served from memory
/// (`StaticFileMiddleware`), before sessions, CSRF and the page cache: a stylesheet costs no file system call
/// and no database query, signed in or not. Pages link them by a name with the content's fingerprint in it
/// (`/css/hubben.86c0fde7cb28.css`), so a browser may keep them for a year and still sees a new version at
/// once; each has a strong ETag for revalidation, and the textual ones a gzip copy, made here once.
struct Assets: Sendable {
    static let stylesheet = "/css/hubben.css"
    static let icon = "/images/hubben-mark.svg"
    static let similarIdeasScript = "/js/similar-ideas.js"
    /// Nothing larger is kept in memory (Public/ holds a stylesheet, a script and an icon).
    static let largestFile = 2 * 1_024 * 1_024

    /// One way a file is sent: as it is, or gzip-compressed.
    struct Representation: Sendable {
        let body: ByteBuffer
        /// A strong validator of these bytes, quoted.
        let etag: String
    }

    struct File: Sendable {
        let identity: Representation
        /// Only where it saves at least a tenth of the bytes.
        let gzip: Representation?
        let contentType: String
        let fingerprint: String
        /// The name pages link: the fingerprint before the extension.
        let fingerprintedPath: String
    }

    private let files: [String: File]
    /// Fingerprinted names to the plain ones.
    private let plainPaths: [String: String]

    /// Reads every file under `publicDirectory` (or only `names`, site paths such as "/css/hubben.css").
    init(publicDirectory: String, files names: [String]? = nil) {
        let root = URL(filePath: publicDirectory, directoryHint: .isDirectory)
        let paths =
            names
            ?? (FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []).map {
                "/" + $0
            }
        var files: [String: File] = [:]
        var plainPaths: [String: String] = [:]
        for path in paths where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            let url = root.appending(path: String(path.dropFirst()))
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                let data = FileManager.default.contents(atPath: url.path), data.count <= Self.largestFile
            else { continue }
            // RFC 9239: JavaScript is text/javascript (Vapor's table still says application/javascript).
            let type =
                url.pathExtension == "js"
                ? HTTPMediaType(type: "text", subType: "javascript")
                : HTTPMediaType.fileExtension(url.pathExtension) ?? .binary
            let bytes = [UInt8](data)
            let digest = Self.digest(bytes)
            let fingerprint = String(digest.prefix(12))
            let fingerprinted = Self.fingerprintedPath(path, fingerprint)
            var gzip: Representation?
            if Self.isTextual(type), let compressed = Gzip.compress(bytes), compressed.count * 10 < bytes.count * 9 {
                gzip = Representation(
                    body: ByteBuffer(bytes: compressed), etag: "\"\(Self.digest(compressed).prefix(32))\"")
            }
            files[path] = File(
                identity: Representation(body: ByteBuffer(bytes: bytes), etag: "\"\(digest.prefix(32))\""),
                gzip: gzip, contentType: Self.withCharset(type), fingerprint: fingerprint,
                fingerprintedPath: fingerprinted)
            plainPaths[fingerprinted] = path
        }
        self.files = files
        self.plainPaths = plainPaths
    }

    /// The file at `path`, plain or fingerprinted, and whether the name was the fingerprinted one.
    func file(at path: String) -> (file: File, fingerprinted: Bool)? {
        if let file = files[path] { return (file, false) }
        if let plain = plainPaths[path], let file = files[plain] { return (file, true) }
        return nil
    }

    /// The address pages link: the fingerprinted name (the plain name for a file that is not there).
    func url(for file: String) -> String {
        files[file]?.fingerprintedPath ?? file
    }

    func fingerprint(of file: String) -> String? { files[file]?.fingerprint }

    /// `/css/hubben.css` → `/css/hubben.<fingerprint>.css`.
    static func fingerprintedPath(_ path: String, _ fingerprint: String) -> String {
        let slash = path.lastIndex(of: "/") ?? path.startIndex
        guard let dot = path[slash...].lastIndex(of: "."), dot > path.index(after: slash) else {
            return "\(path).\(fingerprint)"
        }
        return "\(path[..<dot]).\(fingerprint)\(path[dot...])"
    }

    private static func digest(_ bytes: [UInt8]) -> String {
        SecretToken.hex(SHA256.hash(data: bytes))
    }

    private static func isTextual(_ type: HTTPMediaType) -> Bool {
        type.type == "text" || type.subType.hasSuffix("+xml") || type.subType == "json"
            || type.subType == "javascript"
    }

    private static func withCharset(_ type: HTTPMediaType) -> String {
        isTextual(type) ? "\(type.type)/\(type.subType); charset=utf-8" : "\(type.type)/\(type.subType)"
    }
}
