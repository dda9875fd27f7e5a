import HubbenCore

enum ReformGroupTexts {
    static func position(_ position: MemberPosition) -> LocalizedText {
        switch position {
        case .chair: LocalizedText(sv: "Ordförande", en: "Chair")
        case .secretary: LocalizedText(sv: "Sekreterare", en: "Secretary")
        case .member: LocalizedText(sv: "Ledamot", en: "Member")
        }
    }

    static func sector(_ sector: MemberSector) -> LocalizedText {
        switch sector {
        case .business: LocalizedText(sv: "Näringslivet", en: "Business")
        case .publicSector: LocalizedText(sv: "Offentlig sektor", en: "Public sector")
        case .city: LocalizedText(sv: "Staden", en: "The city")
        }
    }

    /// One field's problem in words: the fields share their names across the group's forms.
    static func message(_ field: String, _ problem: FieldProblem, _ t: Localizer) -> String {
        switch (field, problem) {
        case (_, .tooLong(let limit)): t(.fieldTooLong(limit: NumberFormat.integer(limit, language: t.language)))
        case ("held_on", _), ("starts_on", _): t(.reformGroupErrorDay)
        case ("ends_on", _): t(.reformGroupErrorEndsOn)
        case ("participants", _): t(.reformGroupErrorParticipants)
        case ("account", _): t(.reformGroupErrorAccount)
        case ("sector", _), ("position", _), ("visibility", _): t(.reformGroupErrorChoose)
        case ("name", _): t(.interestErrorName)
        default: t(.reformGroupErrorRequired)
        }
    }
}

extension LocalizedText {
    static let reformGroupsTitle = LocalizedText(sv: "Reformgrupper", en: "Reform groups")
    static func reformGroupPeriod(from: String, to: String) -> LocalizedText {
        LocalizedText(sv: "Period: \(from) – \(to)", en: "Period: \(from) – \(to)")
    }
    static func reformGroupOpenPeriod(from: String) -> LocalizedText {
        LocalizedText(sv: "Sedan \(from), tills vidare", en: "Since \(from), until further notice")
    }
    static let reformGroupPurpose = LocalizedText(sv: "Syfte", en: "Purpose")
    static func reformGroupYouAre(_ position: String) -> LocalizedText {
        LocalizedText(sv: "Du är med i gruppen (\(position)).", en: "You are in the group (\(position)).")
    }
    static let reformGroupSubmitIdea = LocalizedText(
        sv: "Skicka in en idé för gruppen", en: "Submit an idea for the group")
    static let reformGroupPoseChallenge = LocalizedText(
        sv: "Ställ en utmaning för gruppen", en: "Pose a challenge for the group")
    static let reformGroupMembers = LocalizedText(sv: "Ledamöter", en: "Members")
    static let reformGroupEndedMembers = LocalizedText(sv: "Tidigare ledamöter", en: "Former members")
    static let reformGroupNoMembers = LocalizedText(sv: "Inga ledamöter än.", en: "No members yet.")
    static func reformGroupUnnamed(_ count: String) -> LocalizedText {
        LocalizedText(
            sv: "och \(count) som inte har samtyckt till att visas med namn",
            en: "and \(count) who have not consented to being shown by name")
    }
    static let reformGroupNotPublic = LocalizedText(sv: "visas inte publikt", en: "not shown publicly")
    static let reformGroupEnd = LocalizedText(sv: "Avsluta", en: "End")
    static func reformGroupEndNamed(_ name: String) -> LocalizedText {
        LocalizedText(sv: "Avsluta medlemskapet för \(name)", en: "End the membership of \(name)")
    }
    static let reformGroupWhatBecame = LocalizedText(
        sv: "Från problem till resultat", en: "From problem to outcome")
    static let reformGroupIdeas = LocalizedText(sv: "Idéer från gruppen", en: "Ideas from the group")
    static let reformGroupIdea = LocalizedText(sv: "Idé", en: "Idea")
    static let reformGroupNoIdeas = LocalizedText(sv: "Inga idéer än.", en: "No ideas yet.")
    static let reformGroupChallenges = LocalizedText(sv: "Utmaningar från gruppen", en: "Challenges from the group")
    static let reformGroupNoChallenges = LocalizedText(sv: "Inga utmaningar än.", en: "No challenges yet.")
    static func reformGroupChallengeIdeas(_ count: String) -> LocalizedText {
        LocalizedText(sv: "\(count) idéer", en: "\(count) ideas")
    }
    static func reformGroupOpenUntil(_ day: String) -> LocalizedText {
        LocalizedText(sv: "öppen till \(day)", en: "open until \(day)")
    }
    static let reformGroupMeetings = LocalizedText(sv: "Möten", en: "Meetings")
    static let reformGroupNoMeetings = LocalizedText(sv: "Inga möten än.", en: "No meetings yet.")
    static let reformGroupAgenda = LocalizedText(sv: "Dagordning", en: "Agenda")
    static let reformGroupAgendaHint = LocalizedText(
        sv: "Frivilligt. Högst 4 000 tecken.", en: "Optional. At most 4,000 characters.")
    static let reformGroupMinutes = LocalizedText(sv: "Protokoll", en: "Minutes")
    static let reformGroupMinutesHint = LocalizedText(
        sv: "Frivilligt, kan läggas till efter mötet. Högst 20 000 tecken.",
        en: "Optional, can be added after the meeting. At most 20,000 characters.")
    static let reformGroupDialogues = LocalizedText(sv: "Invånarmöten", en: "Citizen dialogues")
    static let reformGroupNoDialogues = LocalizedText(sv: "Inga invånarmöten än.", en: "No citizen dialogues yet.")
    static func reformGroupParticipants(_ count: String) -> LocalizedText {
        LocalizedText(sv: "\(count) deltagare", en: "\(count) participants")
    }
    static let reformGroupHeard = LocalizedText(sv: "Det här hörde vi", en: "What we heard")
    static let reformGroupHeardHint = LocalizedText(sv: "Högst 20 000 tecken.", en: "At most 20,000 characters.")
    static let reformGroupNewMeeting = LocalizedText(sv: "Nytt möte", en: "New meeting")
    static let reformGroupHeldOn = LocalizedText(sv: "Datum", en: "Date")
    static let reformGroupMeetingTitle = LocalizedText(sv: "Rubrik", en: "Title")
    static let reformGroupVisibility = LocalizedText(sv: "Vem ser mötet", en: "Who sees the meeting")
    static let reformGroupPublic = LocalizedText(sv: "Alla (publikt)", en: "Everyone (public)")
    static let reformGroupInternal = LocalizedText(
        sv: "Gruppen och hubbens team (internt)", en: "The group and the hub's team (internal)")
    static let reformGroupSaveMeeting = LocalizedText(sv: "Spara mötet", en: "Save the meeting")
    static let reformGroupNewDialogue = LocalizedText(sv: "Nytt invånarmöte", en: "New citizen dialogue")
    static let reformGroupPlace = LocalizedText(sv: "Plats", en: "Place")
    static let reformGroupParticipantsLabel = LocalizedText(sv: "Antal deltagare", en: "Number of participants")
    static let reformGroupSaveDialogue = LocalizedText(sv: "Spara invånarmötet", en: "Save the citizen dialogue")
    static let reformGroupNewMember = LocalizedText(sv: "Ny ledamot", en: "New member")
    static let reformGroupMemberAccount = LocalizedText(sv: "E-post till kontot", en: "The account's e-mail")
    static let reformGroupMemberAccountHint = LocalizedText(
        sv: "Frivilligt. Med ett konto kan ledamoten skicka in idéer och ställa utmaningar för gruppen.",
        en: "Optional. With an account the member can submit ideas and pose challenges for the group.")
    static let reformGroupSector = LocalizedText(sv: "Kommer från", en: "Comes from")
    static let reformGroupPosition = LocalizedText(sv: "Roll", en: "Position")
    static let reformGroupShownConsent = LocalizedText(
        sv: "Ledamoten samtycker till att namn och organisation visas publikt.",
        en: "The member consents to their name and organisation being shown publicly.")
    static let reformGroupAddMember = LocalizedText(sv: "Lägg till ledamoten", en: "Add the member")
    static let reformGroupChangePurpose = LocalizedText(sv: "Syfte och period", en: "Purpose and period")
    static let reformGroupEndsOn = LocalizedText(sv: "Till och med", en: "Until and including")
    static let reformGroupEndsOnHint = LocalizedText(
        sv: "Tomt: tills vidare. Till exempel 2027-12-31.", en: "Empty: until further notice. For example 2027-12-31.")
    static let reformGroupErrorDay = LocalizedText(
        sv: "Skriv ett datum, till exempel 2027-03-08.", en: "Write a date, for example 2027-03-08.")
    static let reformGroupErrorEndsOn = LocalizedText(
        sv: "Skriv ett datum samma som eller efter början, eller lämna tomt.",
        en: "Write a date on or after the start, or leave it empty.")
    static let reformGroupErrorParticipants = LocalizedText(
        sv: "Skriv antalet deltagare som ett heltal, 0 eller fler.", en: "Write the number of participants, 0 or more.")
    static let reformGroupErrorAccount = LocalizedText(
        sv: "Det finns inget konto med den adressen. Lämna tomt för en ledamot utan konto.",
        en: "There is no account with that address. Leave it empty for a member without an account.")
    static let reformGroupErrorChoose = LocalizedText(sv: "Välj i listan.", en: "Choose from the list.")
    static let reformGroupErrorRequired = LocalizedText(sv: "Fyll i fältet.", en: "Fill in the field.")
}
