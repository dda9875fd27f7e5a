import HubbenCore

enum TriageMessages {
    static func formErrors(_ error: TriageError, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        switch error {
        case .invalid(.notAllowed): errors.add("status", t(.triageErrorNotAllowed))
        case .invalid(.reasonRequired): errors.add("reason", t(.triageErrorReason))
        case .invalid(.mergeTargetRequired), .invalid(.cannotMergeIntoItself), .mergeTargetNotFound:
            errors.add("merged_into", t(.triageErrorMerge))
        case .scoreOutOfRange, .notFound: errors.add("status", t(.errorGenericText))
        }
        return errors
    }
}

/// Comment problems as the message at the comment's field, the same on the page and in the API.
enum CommentMessages {
    static func formErrors(_ error: CommentError, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        errors.add(
            "body",
            error == .empty
                ? t(.commentErrorEmpty)
                : t(.fieldTooLong(limit: NumberFormat.integer(Comment.bodyLimit, language: t.language))))
        return errors
    }
}

/// Idea form problems as messages at their fields.
enum IdeaMessages {
    static func formErrors(_ problems: FieldProblems<IdeaDraft.Field>, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for field in IdeaDraft.Field.allCases {
            guard let problem = problems[field] else { continue }
            let message: String =
                switch (field, problem) {
                case (.title, .missing): t(.fieldTitleMissing)
                case (.summary, .missing): t(.ideaErrorSummary)
                case (.need, .missing): t(.ideaErrorNeed)
                case (.themes, .missing), (.themes, .invalid): t(.fieldThemesMissing)
                case (_, .tooLong(let limit)):
                    t(.fieldTooLong(limit: NumberFormat.integer(limit, language: t.language)))
                case (.challenge, _): t(.ideaErrorChallenge)
                default: t(.errorGenericText)
                }
            errors.add(field.rawValue, message)
        }
        return errors
    }
}
