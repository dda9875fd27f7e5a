import Foundation

/// TF-IDF vectors of ideas over their stemmed terms, with an inverted index, for "similar ideas" while a
/// person types. Cosine similarity; documents are updated one at a time as ideas are written.
public struct SimilarityIndex: Sendable {
    private var documents: [Int: [String: Int]] = [:]
    private var documentFrequency: [String: Int] = [:]
    private var postings: [String: Set<Int>] = [:]
    /// Each document's vector length, cached: it depends on every term's idf, which moves a little with each
    /// new document, so the cache is dropped when the corpus has changed by more than 1 % since it was
    /// filled (scores then move by less than that).
    private var norms: [Int: Double] = [:]
    private var normsCorpusSize = 0

    public init() {}

    public var count: Int { documents.count }

    /// Adds or replaces one document's terms (Swedish function words are left out).
    public mutating func upsert(id: Int, terms allTerms: [String]) {
        let terms = allTerms.filter { !SearchText.stopStems.contains($0) }
        if let old = documents[id] {
            for term in old.keys {
                documentFrequency[term, default: 1] -= 1
                postings[term]?.remove(id)
            }
        }
        var counts: [String: Int] = [:]
        for term in terms { counts[term, default: 0] += 1 }
        documents[id] = counts
        norms[id] = nil
        for term in counts.keys {
            documentFrequency[term, default: 0] += 1
            postings[term, default: []].insert(id)
        }
    }

    private func idf(_ term: String) -> Double {
        let n = Double(documents.count)
        let df = Double(documentFrequency[term] ?? 0)
        return log((n + 1) / (df + 1)) + 1
    }

    private func weights(_ counts: [String: Int]) -> [String: Double] {
        counts.reduce(into: [:]) { result, entry in
            result[entry.key] = (1 + log(Double(entry.value))) * idf(entry.key)
        }
    }

    private mutating func norm(of id: Int, _ counts: [String: Int]) -> Double {
        if abs(documents.count - normsCorpusSize) * 100 > max(normsCorpusSize, 1) {
            norms.removeAll(keepingCapacity: true)
            normsCorpusSize = documents.count
        }
        if let norm = norms[id] { return norm }
        let norm = sqrt(weights(counts).values.reduce(0) { $0 + $1 * $1 })
        norms[id] = norm
        return norm
    }

    /// The documents most like `terms`, best first: at most `limit`, each at least `threshold` (0…1).
    public mutating func similar(to terms: [String], limit: Int = 5, threshold: Double = 0.15, excluding: Set<Int> = [])
        -> [(id: Int, score: Double)]
    {
        var queryCounts: [String: Int] = [:]
        for term in terms where !SearchText.stopStems.contains(term) { queryCounts[term, default: 0] += 1 }
        let query = weights(queryCounts)
        let queryNorm = sqrt(query.values.reduce(0) { $0 + $1 * $1 })
        guard queryNorm > 0 else { return [] }
        // In a large corpus a term in more than half of the documents says little and would make every
        // document a candidate; a small corpus has too few documents to tell.
        let commonLimit = documents.count >= 100 ? documents.count / 2 : Int.max
        var candidates: Set<Int> = []
        for term in query.keys where (documentFrequency[term] ?? 0) <= commonLimit {
            candidates.formUnion(postings[term] ?? [])
        }
        candidates.subtract(excluding)
        // Only the query's terms count towards the dot product: their idf once, each document's count of them.
        let queryTerms = query.map { (term: $0.key, weight: $0.value * idf($0.key)) }
        var scored: [(id: Int, score: Double)] = []
        for id in candidates {
            guard let counts = documents[id] else { continue }
            let norm = norm(of: id, counts)
            guard norm > 0 else { continue }
            var dot = 0.0
            for (term, weight) in queryTerms {
                if let count = counts[term] { dot += weight * (1 + log(Double(count))) }
            }
            let score = dot / (queryNorm * norm)
            if score >= threshold { scored.append((id, score)) }
        }
        return Array(scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id > $1.id }.prefix(limit))
    }
}
