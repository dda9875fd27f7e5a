import RoutingKit

/// The competence pool on the web, and a project's staffing.
enum PoolPaths {
    static let list = RoutePath("competencies")
    static let mine = RoutePath("competencies", "mine")
    static let addCompetency = RoutePath("competencies", "mine", "competencies")
    static let removeCompetency = RoutePath("competencies", "mine", "competencies", "removal")
    static let addAvailability = RoutePath("competencies", "mine", "availability")
    static let removeAvailability = RoutePath("competencies", "mine", "availability", "removal")
    static let person = RoutePath("competencies", "people", ":id")
    static let load = RoutePath("competencies", "load")
    static let staffing = RoutePath("projects", ":id", "staffing")
    static let needs = RoutePath("projects", ":id", "staffing", "needs")
    static let needRemoval = RoutePath("projects", ":id", "staffing", "needs", ":need", "removal")
    static let assignments = RoutePath("projects", ":id", "staffing", "assignments")
    static let assignmentRemoval = RoutePath("projects", ":id", "staffing", "assignments", ":assignment", "removal")
}
