import Foundation
import HubbenCore

enum NewsTexts {
    static func status(_ post: NewsPost, now: Date, _ t: Localizer) -> String {
        switch post.status {
        case .draft: t(.newsStatusDraft)
        case .published:
            post.isPublic(at: now)
                ? t(.newsStatusPublished)
                : t(
                    .newsStatusScheduled(at: post.publishAt.map { DateFormat.dateTime($0, language: t.language) } ?? "")
                )
        }
    }

    static func moderation(_ moderation: CommentModeration) -> LocalizedText {
        switch moderation {
        case .pending: LocalizedText(sv: "Väntar på granskning", en: "Waiting for moderation")
        case .approved: LocalizedText(sv: "Godkänd", en: "Approved")
        case .hidden: LocalizedText(sv: "Dold", en: "Hidden")
        }
    }

    static func linkKind(_ kind: NewsStore.LinkKind) -> LocalizedText {
        switch kind {
        case .project: LocalizedText(sv: "Projekt", en: "Project")
        case .event: LocalizedText(sv: "Evenemang", en: "Event")
        case .partner: LocalizedText(sv: "Partner", en: "Partner")
        }
    }

    static func postErrors(_ problems: FieldProblems<NewsPostDraft.Field>, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for field in NewsPostDraft.Field.allCases {
            guard let problem = problems[field] else { continue }
            let message: String =
                switch (field, problem) {
                case (.projects, .tooLong(let limit)), (.events, .tooLong(let limit)), (.partners, .tooLong(let limit)):
                    t(.newsErrorTooManyLinks(limit: "\(limit)"))
                case (_, .tooLong(let limit)):
                    t(.fieldTooLong(limit: NumberFormat.integer(limit, language: t.language)))
                case (.title, _): t(.newsErrorTitle)
                case (.summary, _): t(.newsErrorSummary)
                case (.body, _): t(.newsErrorBody)
                case (.image, _): t(.newsErrorImage)
                case (.imageAlt, _): t(.newsErrorImageAlt)
                case (.themes, _): t(.newsErrorThemes)
                case (.projects, _): t(.newsErrorProjects)
                case (.events, _): t(.newsErrorEvents)
                case (.partners, _): t(.newsErrorPartners)
                case (.status, _): t(.newsErrorStatus)
                case (.publishAt, _): t(.newsErrorPublishAt)
                }
            // The moment is typed as a day and a time; its message goes to the day.
            errors.add(field == .publishAt ? "publish_on" : field.rawValue, message)
        }
        return errors
    }

    static func commentErrors(_ problems: FieldProblems<NewsCommentDraft.Field>, _ t: Localizer) -> FormErrors {
        var errors = FormErrors()
        for field in NewsCommentDraft.Field.allCases {
            guard let problem = problems[field] else { continue }
            let message: String =
                switch (field, problem) {
                case (_, .tooLong(let limit)):
                    t(.fieldTooLong(limit: NumberFormat.integer(limit, language: t.language)))
                case (.body, _): t(.newsErrorComment)
                case (.name, _): t(.interestErrorName)
                case (.email, .missing): t(.newsErrorEmailMissing)
                case (.email, _): t(.newsErrorEmailInvalid)
                }
            errors.add("comment_" + field.rawValue, message)
        }
        return errors
    }
}

extension LocalizedText {
    static let newsTitle = LocalizedText(sv: "Nyheter", en: "News")
    static let newsLead = LocalizedText(
        sv: "Vad som händer i innovationshubben: resultat, nya projekt, evenemang och partner.",
        en: "What is happening in the innovation hub: results, new projects, events and partners.")
    static let newsEmpty = LocalizedText(sv: "Inga nyheter ännu.", en: "No news yet.")
    static let newsFeed = LocalizedText(sv: "Nyheter som Atom-flöde", en: "News as an Atom feed")
    static let newsFeedTitle = LocalizedText(sv: "Innovationshubbens nyheter", en: "News from the innovation hub")
    static let newsWrite = LocalizedText(sv: "Skriv en nyhet", en: "Write a news post")
    static let newsUnpublished = LocalizedText(sv: "Utkast och schemalagda", en: "Drafts and scheduled")
    static let newsModerationQueue = LocalizedText(sv: "Kommentarer att granska", en: "Comments to moderate")
    static let newsStatusDraft = LocalizedText(sv: "Utkast", en: "Draft")
    static let newsStatusPublished = LocalizedText(sv: "Publicerad", en: "Published")
    static func newsStatusScheduled(at: String) -> LocalizedText {
        LocalizedText(sv: "Publiceras \(at)", en: "Publishes \(at)")
    }
    static func newsPublishedOn(_ date: String) -> LocalizedText {
        LocalizedText(sv: "Publicerad \(date)", en: "Published \(date)")
    }
    static func newsCommentCount(_ count: Int) -> LocalizedText {
        LocalizedText(
            sv: count == 1 ? "1 kommentar" : "\(count) kommentarer", en: count == 1 ? "1 comment" : "\(count) comments")
    }
    static let newsThemes = LocalizedText(sv: "Teman", en: "Themes")
    static let newsRelated = LocalizedText(sv: "Läs mer", en: "Read more")
    static let newsEdit = LocalizedText(sv: "Ändra nyheten", en: "Edit the post")
    static let newsNewTitle = LocalizedText(sv: "Ny nyhet", en: "New news post")
    static func newsEditTitle(_ title: String) -> LocalizedText {
        LocalizedText(sv: "Ändra: \(title)", en: "Edit: \(title)")
    }
    static let newsFieldTitle = LocalizedText(sv: "Rubrik", en: "Headline")
    static let newsFieldSummary = LocalizedText(sv: "Ingress", en: "Summary")
    static let newsFieldSummaryHint = LocalizedText(
        sv: "En eller två meningar. Visas i listan, i flödet och när nyheten delas.",
        en: "One or two sentences. Shown in the list, in the feed and when the post is shared.")
    static let newsFieldBody = LocalizedText(sv: "Text", en: "Text")
    static let newsFieldBodyHint = LocalizedText(
        sv:
            "Markdown: **fetstil**, *kursiv*, [länk](https://…), ## mellanrubrik, listor med -. Skript och bilder i texten tas bort.",
        en:
            "Markdown: **bold**, *italic*, [link](https://…), ## subheading, lists with -. Scripts and images in the text are removed."
    )
    static let newsFieldImage = LocalizedText(sv: "Bild", en: "Image")
    static let newsFieldImageHint = LocalizedText(
        sv: "PNG, JPEG, GIF eller WebP, högst 2 MB. Frivillig.", en: "PNG, JPEG, GIF or WebP, at most 2 MB. Optional.")
    static let newsFieldImageKept = LocalizedText(
        sv: "Nyheten har en bild. Välj en ny fil för att byta den.",
        en: "The post has an image. Choose a new file to replace it.")
    static let newsFieldRemoveImage = LocalizedText(sv: "Ta bort bilden", en: "Remove the image")
    static let newsFieldImageAlt = LocalizedText(sv: "Bildens alternativtext", en: "The image's text alternative")
    static let newsFieldImageAltHint = LocalizedText(
        sv: "Vad bilden visar, för den som inte ser den. Krävs när nyheten har en bild.",
        en: "What the image shows, for someone who cannot see it. Required when the post has an image.")
    static let newsFieldProjects = LocalizedText(sv: "Projekt (nummer)", en: "Projects (numbers)")
    static let newsFieldEvents = LocalizedText(sv: "Evenemang (nummer)", en: "Events (numbers)")
    static let newsFieldPartners = LocalizedText(sv: "Partner (nummer)", en: "Partners (numbers)")
    static let newsFieldLinksHint = LocalizedText(
        sv: "Numren ur adressen, åtskilda med komma, till exempel 12, 40. Bara offentliga.",
        en: "The numbers from the address, separated by commas, for example 12, 40. Public ones only.")
    static let newsFieldStatus = LocalizedText(sv: "Status", en: "Status")
    static let newsFieldPublishOn = LocalizedText(sv: "Publiceringsdag", en: "Publishing day")
    static let newsFieldPublishOnHint = LocalizedText(
        sv: "ÅÅÅÅ-MM-DD. Tom betyder nu. En senare dag schemalägger nyheten.",
        en: "YYYY-MM-DD. Empty means now. A later day schedules the post.")
    static let newsFieldPublishTime = LocalizedText(sv: "Klockslag", en: "Time")
    static let newsFieldPublishTimeHint = LocalizedText(
        sv: "TT:MM, till exempel 09:00.", en: "HH:MM, for example 09:00.")
    static let newsSave = LocalizedText(sv: "Spara nyheten", en: "Save the post")
    static let newsDelete = LocalizedText(sv: "Ta bort nyheten", en: "Delete the post")
    static let newsDeleteHint = LocalizedText(
        sv: "Nyheten och alla dess kommentarer tas bort för gott.",
        en: "The post and all its comments are removed for good.")
    static let newsErrorTitle = LocalizedText(sv: "Skriv en rubrik", en: "Write a headline")
    static let newsErrorSummary = LocalizedText(sv: "Skriv en ingress", en: "Write a summary")
    static let newsErrorBody = LocalizedText(sv: "Skriv nyhetens text", en: "Write the post's text")
    static let newsErrorImage = LocalizedText(
        sv: "Bilden måste vara PNG, JPEG, GIF eller WebP och högst 2 MB",
        en: "The image must be PNG, JPEG, GIF or WebP and at most 2 MB")
    static let newsErrorImageAlt = LocalizedText(
        sv: "Beskriv vad bilden visar", en: "Describe what the image shows")
    static let newsErrorThemes = LocalizedText(sv: "Välj bland temana", en: "Choose among the themes")
    static let newsErrorProjects = LocalizedText(
        sv: "Ange numren på offentliga projekt, åtskilda med komma",
        en: "Give the numbers of public projects, separated by commas")
    static let newsErrorEvents = LocalizedText(
        sv: "Ange numren på offentliga evenemang, åtskilda med komma",
        en: "Give the numbers of public events, separated by commas")
    static let newsErrorPartners = LocalizedText(
        sv: "Ange numren på partner, åtskilda med komma", en: "Give the numbers of partners, separated by commas")
    static func newsErrorTooManyLinks(limit: String) -> LocalizedText {
        LocalizedText(sv: "Högst \(limit) länkar", en: "At most \(limit) links")
    }
    static let newsErrorStatus = LocalizedText(sv: "Välj utkast eller publicerad", en: "Choose draft or published")
    static let newsErrorPublishAt = LocalizedText(
        sv: "Ange dag som ÅÅÅÅ-MM-DD och klockslag som TT:MM", en: "Give the day as YYYY-MM-DD and the time as HH:MM")

    static let newsComments = LocalizedText(sv: "Kommentarer", en: "Comments")
    static let newsNoComments = LocalizedText(sv: "Inga kommentarer ännu.", en: "No comments yet.")
    static let newsCommentHeading = LocalizedText(sv: "Skriv en kommentar", en: "Write a comment")
    static let newsCommentBody = LocalizedText(sv: "Kommentar", en: "Comment")
    static let newsCommentGuestIntro = LocalizedText(
        sv:
            "Du kan kommentera utan konto. Din e-postadress visas aldrig; vi skickar en länk så att du kan bekräfta den. Kommentarer från gäster granskas innan de visas.",
        en:
            "You can comment without an account. Your e-mail address is never shown; we send a link so you can confirm it. Comments from guests are moderated before they appear."
    )
    static let newsCommentNameHint = LocalizedText(
        sv: "Visas vid kommentaren.", en: "Shown with the comment.")
    static let newsCommentEmailHint = LocalizedText(
        sv: "Visas aldrig. Används bara för att bekräfta att adressen är din.",
        en: "Never shown. Used only to confirm that the address is yours.")
    static let newsCommentHoneypot = LocalizedText(sv: "Lämna tomt", en: "Leave empty")
    static let newsCommentSubmit = LocalizedText(sv: "Skicka kommentaren", en: "Send the comment")
    static let newsCommentPublished = LocalizedText(
        sv: "Din kommentar är publicerad.", en: "Your comment is published.")
    static let newsCommentWaiting = LocalizedText(
        sv: "Tack! Din kommentar visas när den har granskats.",
        en: "Thank you! Your comment appears once it has been moderated.")
    static let newsCommentTooFast = LocalizedText(
        sv: "Det gick väldigt fort. Läs igenom kommentaren och skicka den igen.",
        en: "That was very quick. Read the comment through and send it again.")
    static let newsErrorComment = LocalizedText(sv: "Skriv en kommentar", en: "Write a comment")
    static let newsErrorEmailMissing = LocalizedText(sv: "Ange din e-postadress", en: "Enter your e-mail address")
    static let newsErrorEmailInvalid = LocalizedText(
        sv: "Ange en e-postadress som namn@exempel.se", en: "Enter an e-mail address like name@example.com")
    static func newsCommentBy(_ name: String, _ date: String) -> LocalizedText {
        LocalizedText(sv: "\(name), \(date)", en: "\(name), \(date)")
    }
    static let newsCommentGuest = LocalizedText(sv: "gäst", en: "guest")
    static let newsCommentRemovedAuthor = LocalizedText(sv: "Borttaget konto", en: "Deleted account")
    static func newsCommentHiddenBecause(_ reason: String) -> LocalizedText {
        LocalizedText(sv: "Dold: \(reason)", en: "Hidden: \(reason)")
    }
    static let newsModerate = LocalizedText(sv: "Granska", en: "Moderate")
    static let newsApprove = LocalizedText(sv: "Godkänn", en: "Approve")
    static let newsHide = LocalizedText(sv: "Dölj", en: "Hide")
    static let newsHideReason = LocalizedText(sv: "Skäl att dölja", en: "Reason for hiding")
    static let newsDeleteComment = LocalizedText(sv: "Ta bort", en: "Delete")
    static let newsErrorReason = LocalizedText(
        sv: "Skriv varför kommentaren döljs", en: "Write why the comment is hidden")
    static let newsQueueEmpty = LocalizedText(sv: "Inga kommentarer väntar.", en: "No comments are waiting.")
    static func newsQueueOn(_ title: String) -> LocalizedText {
        LocalizedText(sv: "Till: \(title)", en: "On: \(title)")
    }

    static let newsConfirmTitle = LocalizedText(sv: "Bekräfta din e-postadress", en: "Confirm your e-mail address")
    static let newsConfirmLead = LocalizedText(
        sv: "Bekräfta att adressen är din. När en av dina kommentarer har godkänts visas nästa direkt.",
        en: "Confirm that the address is yours. Once one of your comments has been approved, the next appears at once.")
    static let newsConfirmButton = LocalizedText(sv: "Bekräfta", en: "Confirm")
    static let newsConfirmInvalid = LocalizedText(
        sv: "Länken är okänd eller redan använd.", en: "The link is unknown or already used.")
    static let newsConfirmDone = LocalizedText(
        sv: "Tack, adressen är bekräftad.", en: "Thank you, the address is confirmed.")
    static let newsCommentMailSubject = LocalizedText(
        sv: "Bekräfta din e-postadress för kommentarer på Hubben",
        en: "Confirm your e-mail address for comments on Hubben")
    static func newsCommentMailBody(name: String, post: String, link: String) -> LocalizedText {
        LocalizedText(
            sv: "Hej \(name)!\n\nTack för din kommentar till ”\(post)”. Den visas när den har granskats.\n\n"
                + "Bekräfta att adressen är din, så visas dina kommentarer direkt när en av dem har godkänts:\n\(link)\n\n"
                + "Har du inte kommenterat kan du bortse från det här brevet.",
            en: "Hello \(name)!\n\nThank you for your comment on “\(post)”. It appears once it has been moderated.\n\n"
                + "Confirm that the address is yours, and your comments appear at once after one of them has been approved:\n\(link)\n\n"
                + "If you did not comment, you can ignore this message.")
    }
}
