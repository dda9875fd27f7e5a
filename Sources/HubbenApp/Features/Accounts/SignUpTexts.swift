import HubbenCore

/// The sign-up flow's texts, kept with the feature. One value per language: the memberwise initialiser makes a
/// missing text a compile error, and a text with values is a function of them (no placeholder can be misspelt).
/// The pattern for every feature's texts (docs/ARCHITECTURE.md, "How to add a feature").
struct SignUpTexts: Sendable {
    let sentTitle: String
    let sentText: String
    let confirmTitle: String
    let confirmLead: String
    let confirmButton: String
    let confirmWrongPassword: String
    let invalidTitle: String
    let invalidText: String
    let alreadyConfirmed: String
    let mailSubject: String
    let mailBody: @Sendable (_ name: String, _ link: String) -> String
    let takenMailSubject: String
    let takenMailBody: @Sendable (_ name: String, _ signIn: String, _ forgot: String) -> String

    static let sv = SignUpTexts(
        sentTitle: "Kolla din e-post",
        sentText:
            "Vi har skickat ett meddelande till adressen du angav. Följ länken i det inom ett dygn för att bekräfta adressen, så skapas ditt konto. Hittar du inget? Titta bland skräpposten, eller skapa kontot igen.",
        confirmTitle: "Bekräfta ditt konto",
        confirmLead: "Skriv lösenordet du valde när du skapade kontot. Då vet vi att det är du som följde länken.",
        confirmButton: "Bekräfta och logga in",
        confirmWrongPassword: "Lösenordet stämmer inte med det du valde när du skapade kontot",
        invalidTitle: "Länken gäller inte längre",
        invalidText:
            "Länken har redan använts eller är mer än ett dygn gammal. Skapa kontot igen, eller logga in om du redan har bekräftat det.",
        alreadyConfirmed:
            "Adressen har redan ett konto. Logga in med det, eller välj ett nytt lösenord om du har glömt det.",
        mailSubject: "Bekräfta din e-postadress till Hubben",
        mailBody: { name, link in
            "Hej \(name)!\n\nNågon, förhoppningsvis du, vill skapa ett konto på Hubben med den här adressen. Bekräfta den inom ett dygn här, med lösenordet du valde:\n\n\(link)\n\nOm det inte var du kan du strunta i det här meddelandet; inget konto skapas."
        },
        takenMailSubject: "Du har redan ett konto på Hubben",
        takenMailBody: { name, signIn, forgot in
            "Hej \(name)!\n\nNågon, förhoppningsvis du, försökte skapa ett konto på Hubben med den här adressen. Adressen har redan ett konto, så inget nytt skapades.\n\nLogga in här: \(signIn)\nHar du glömt lösenordet? Välj ett nytt här: \(forgot)\n\nOm det inte var du kan du strunta i det här meddelandet; ditt konto är oförändrat."
        }
    )

    static let en = SignUpTexts(
        sentTitle: "Check your e-mail",
        sentText:
            "We have sent a message to the address you gave. Follow the link in it within a day to confirm the address, and your account is created. Nothing there? Look in your spam folder, or sign up again.",
        confirmTitle: "Confirm your account",
        confirmLead: "Type the password you chose when you signed up. Then we know it is you who followed the link.",
        confirmButton: "Confirm and sign in",
        confirmWrongPassword: "The password does not match the one you chose when you signed up",
        invalidTitle: "The link is no longer valid",
        invalidText:
            "The link has already been used or is more than a day old. Sign up again, or sign in if you have already confirmed it.",
        alreadyConfirmed:
            "The address already has an account. Sign in with it, or choose a new password if you have forgotten it.",
        mailSubject: "Confirm your e-mail address for Hubben",
        mailBody: { name, link in
            "Hello \(name)!\n\nSomeone, hopefully you, wants to create a Hubben account with this address. Confirm it within a day here, with the password you chose:\n\n\(link)\n\nIf it was not you, you can ignore this message; no account is created."
        },
        takenMailSubject: "You already have a Hubben account",
        takenMailBody: { name, signIn, forgot in
            "Hello \(name)!\n\nSomeone, hopefully you, tried to create a Hubben account with this address. The address already has an account, so no new one was created.\n\nSign in here: \(signIn)\nForgotten your password? Choose a new one here: \(forgot)\n\nIf it was not you, you can ignore this message; your account is unchanged."
        }
    )
}

extension Localizer {
    var signUp: SignUpTexts {
        switch language {
        case .sv: .sv
        case .en: .en
        }
    }
}
