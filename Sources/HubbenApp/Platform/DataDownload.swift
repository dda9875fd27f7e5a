import CSV
import Foundation
import HubbenCore
import Vapor

/// Tables as downloads: CSV (RFC 4180: UTF-8, a header row, CRLF, fields quoted when they hold a comma, a quote
/// or a line break) through CSV.swift, and JSON with one object per row.
enum DataDownload {
    /// A cell as a CSV or JSON value.
    enum Cell: Encodable, Sendable, Equatable {
        case text(String)
        case integer(Int)
        case decimal(Double)
        case null

        var csv: String {
            switch self {
            case .text(let text):
                // A spreadsheet would run a cell that starts like a formula: it is given a leading apostrophe.
                if let first = text.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { return "'" + text }
                return text
            case .integer(let value): return String(value)
            case .decimal(let value): return value.rounded() == value ? String(Int(value)) : String(value)
            case .null: return ""
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .integer(let value): try container.encode(value)
            case .decimal(let value): try container.encode(value)
            case .null: try container.encodeNil()
            }
        }
    }

    struct CSVFailed: Error {}

    enum Format: String { case csv, json }

    /// A download's file name as a path gives it: "funnel.csv" → ("funnel", .csv); a name without a known
    /// ending has no format.
    static func split(_ file: String) -> (name: String, format: Format?) {
        guard let dot = file.lastIndex(of: ".") else { return (file, nil) }
        return (String(file[..<dot]), Format(rawValue: String(file[file.index(after: dot)...])))
    }

    static func csv(header: [String], rows: [[Cell]]) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header)
        for row in rows { try writer.write(row: row.map(\.csv)) }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { throw CSVFailed() }
        // The last record ends with a line break too, as most readers expect.
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }

    /// A CSV download, offered to be saved as `filename`.
    static func csvResponse(_ csv: String, filename: String) -> Response {
        Response(
            status: .ok,
            headers: [
                "Content-Type": "text/csv; charset=utf-8; header=present",
                "Content-Disposition": "attachment; filename=\"\(filename)\"",
            ], body: .init(string: csv))
    }

    static func jsonResponse<T: Encodable>(_ value: T) throws -> Response {
        Response(
            status: .ok, headers: ["Content-Type": "application/json; charset=utf-8"],
            body: .init(string: try json(value)))
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
