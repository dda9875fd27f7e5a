/// The account feature's texts.
/// Each text is one `LocalizedText` with both languages; a text with values is a function of them.
extension LocalizedText {
    static let signInButton = LocalizedText(sv: "Logga in", en: "Sign in")
    static let signInNoAccount = LocalizedText(sv: "Har du inget konto?", en: "No account yet?")
    static let signUpTitle = LocalizedText(sv: "Skapa konto", en: "Create an account")
    static let signUpLead = LocalizedText(
        sv:
            "Med ett konto kan du skicka in idéer, stödja och kommentera andras idéer och anmäla dig till evenemang. Ditt namn visas för andra, din e-postadress gör det aldrig.",
        en:
            "With an account you can submit ideas, support and comment on other people's ideas and register for events. Your name is shown to others; your e-mail address never is."
    )
    static let signUpButton = LocalizedText(sv: "Skapa konto", en: "Create account")
    static let signUpHaveAccount = LocalizedText(sv: "Har du redan ett konto?", en: "Already have an account?")
    static let forgotTitle = LocalizedText(sv: "Glömt lösenordet?", en: "Forgotten your password?")
    static let forgotLead = LocalizedText(
        sv:
            "Skriv din e-postadress så skickar vi en länk där du kan välja ett nytt lösenord. Länken gäller i en timme.",
        en:
            "Enter your e-mail address and we will send you a link to choose a new password. The link is valid for one hour."
    )
    static let forgotButton = LocalizedText(sv: "Skicka länken", en: "Send the link")
    static let forgotSent = LocalizedText(
        sv: "Om det finns ett konto med den adressen har vi skickat en länk dit. Den gäller i en timme.",
        en: "If there is an account with that address, we have sent a link to it. It is valid for one hour.")
    static let resetTitle = LocalizedText(sv: "Välj ett nytt lösenord", en: "Choose a new password")
    static let resetButton = LocalizedText(sv: "Spara lösenordet", en: "Save the password")
    static let resetInvalidTitle = LocalizedText(sv: "Länken gäller inte längre", en: "The link is no longer valid")
    static let resetInvalidText = LocalizedText(
        sv: "Länken har redan använts eller är äldre än en timme. Be om en ny.",
        en: "The link has already been used or is more than an hour old. Ask for a new one.")
    static let resetMailSubject = LocalizedText(
        sv: "Välj ett nytt lösenord till Hubben", en: "Choose a new password for Hubben")
    static func resetMailBody(name: String, link: String) -> LocalizedText {
        LocalizedText(
            sv:
                "Hej \(name)!\n\nNågon, förhoppningsvis du, bad om ett nytt lösenord till Hubben. Välj ett nytt här inom en timme:\n\n\(link)\n\nOm det inte var du kan du strunta i det här meddelandet.",
            en:
                "Hello \(name),\n\nSomeone, hopefully you, asked for a new password for Hubben. Choose a new one here within an hour:\n\n\(link)\n\nIf it was not you, you can ignore this message."
        )
    }
    static let fieldPassword = LocalizedText(sv: "Lösenord", en: "Password")
    static let fieldPasswordHint = LocalizedText(
        sv: "Minst 12 tecken. En mening du kommer ihåg fungerar bra.",
        en: "At least 12 characters. A sentence you remember works well.")
    static let fieldNewPassword = LocalizedText(sv: "Nytt lösenord", en: "New password")
    static let fieldCurrentPassword = LocalizedText(sv: "Nuvarande lösenord", en: "Current password")
    static let accountTitle = LocalizedText(sv: "Mina uppgifter", en: "My account")
    static let accountLead = LocalizedText(
        sv: "Här ser och ändrar du det Hubben har sparat om dig.", en: "See and change what Hubben keeps about you.")
    static let accountRolesHeading = LocalizedText(sv: "Dina roller", en: "Your roles")
    static let accountProfileHeading = LocalizedText(sv: "Namn, e-post och språk", en: "Name, e-mail and language")
    static let accountPasswordHeading = LocalizedText(sv: "Byt lösenord", en: "Change your password")
    static let accountChangePassword = LocalizedText(sv: "Byt lösenord", en: "Change password")
    static let accountDataHeading = LocalizedText(sv: "Dina uppgifter", en: "Your data")
    static let accountDataText = LocalizedText(
        sv: "Ladda ner allt som finns sparat om dig som en JSON-fil.",
        en: "Download everything kept about you as a JSON file.")
    static let accountDownload = LocalizedText(sv: "Ladda ner mina uppgifter", en: "Download my data")
    static let accountDeleteHeading = LocalizedText(sv: "Ta bort kontot", en: "Delete your account")
    static let accountDeleteText = LocalizedText(
        sv:
            "Ditt namn, din e-postadress och ditt lösenord tas bort och du loggas ut. Det du har skrivit till andra, som idéer och kommentarer, finns kvar men visas som skrivet av ”Borttagen användare”.",
        en:
            "Your name, e-mail address and password are removed and you are signed out. What you wrote for others, such as ideas and comments, stays but is shown as written by \"Deleted user\"."
    )
    static let accountDeleteButton = LocalizedText(sv: "Ta bort mitt konto", en: "Delete my account")
    static let accountWelcome = LocalizedText(
        sv: "Välkommen till Hubben! Ditt konto är skapat.", en: "Welcome to Hubben! Your account has been created.")
    static let accountPasswordChanged = LocalizedText(
        sv: "Ditt lösenord är bytt. Du är utloggad från andra enheter.",
        en: "Your password has been changed. You have been signed out on other devices.")
    static let deleteTitle = LocalizedText(sv: "Vill du ta bort ditt konto?", en: "Do you want to delete your account?")
    static let deleteWarning = LocalizedText(sv: "Det går inte att ångra.", en: "This cannot be undone.")
    static let deletePasswordHint = LocalizedText(
        sv: "Skriv ditt lösenord för att bekräfta att det är du.", en: "Enter your password to confirm it is you.")
    static let deleteConfirm = LocalizedText(sv: "Ja, ta bort mitt konto", en: "Yes, delete my account")
    static let deleteCancel = LocalizedText(sv: "Nej, tillbaka till mina uppgifter", en: "No, back to my account")
    static let deletedTitle = LocalizedText(sv: "Ditt konto är borttaget", en: "Your account has been deleted")
    static let deletedText = LocalizedText(
        sv: "Vi har tagit bort ditt namn, din e-postadress och ditt lösenord. Tack för att du var med!",
        en: "We have removed your name, e-mail address and password. Thank you for taking part!")
    static let errorNameRequired = LocalizedText(
        sv: "Skriv ditt namn (högst 100 tecken)", en: "Enter your name (at most 100 characters)")
    static let errorEmailInvalid = LocalizedText(
        sv: "Skriv en e-postadress, till exempel namn@exempel.se",
        en: "Enter an e-mail address, such as name@example.com")
    static let errorEmailTaken = LocalizedText(
        sv: "Det finns redan ett konto med den e-postadressen",
        en: "There is already an account with that e-mail address")
    static func errorPasswordShort(minimum: String) -> LocalizedText {
        LocalizedText(
            sv: "Lösenordet måste ha minst \(minimum) tecken",
            en: "The password must have at least \(minimum) characters")
    }
    static let errorPasswordLong = LocalizedText(sv: "Lösenordet är för långt", en: "The password is too long")
    static let errorPasswordCommon = LocalizedText(
        sv: "Lösenordet är ett av de vanligaste och lätt att gissa – välj ett annat",
        en: "The password is one of the most common and easy to guess – choose another")
    static let exportErasureDeleted = LocalizedText(
        sv:
            "Raderas när du tar bort kontot: namn, e-postadress, lösenord, roller, medlemskap, inloggningar, API-nycklar, återställningslänkar, meddelanden, vad du följer och dina platser i projektteam.",
        en:
            "Deleted when you delete your account: name, e-mail address, password, roles, memberships, sign-ins, API tokens, reset links, messages, what you follow and your places in project teams."
    )
    static let exportErasureContributions = LocalizedText(
        sv:
            "Sparas utan ditt namn (visas som ”en borttagen användare”): idéer och deras versioner, kommentarer, stöd, anmälningar, utmaningar, bedömningar, statusbeslut, journalanteckningar, grindbeslut och projektens bemanning (dina kompetenser och din tillgänglighet raderas). Andra har byggt vidare på dem, och hubbens beslut ska gå att följa i efterhand.",
        en:
            "Kept without your name (shown as “a deleted user”): ideas and their versions, comments, supports, reports, challenges, scores, status decisions, journal entries, gate decisions and projects' staffing (your competencies and availability are deleted). Others have built on them, and the hub's decisions must remain traceable."
    )
    static let exportErasureAudit = LocalizedText(
        sv:
            "Granskningsloggen över administratörers åtgärder sparas, utan ditt namn: vem som gav vilka behörigheter måste gå att spåra.",
        en:
            "The audit log of administrators' actions is kept, without your name: who granted which permissions must remain traceable."
    )
    static let exportErasureRateLimits = LocalizedText(
        sv:
            "Räknare för begränsning av inloggningsförsök innehåller bara en envägs-hash och försvinner av sig själva inom en timme.",
        en: "Counters that limit sign-in attempts hold only a one-way hash and disappear by themselves within an hour.")

    // Sign-up
    static let signUpSentTitle = LocalizedText(sv: "Kolla din e-post", en: "Check your e-mail")
    static let signUpSentText = LocalizedText(
        sv:
            "Vi har skickat ett meddelande till adressen du angav. Följ länken i det inom ett dygn för att bekräfta adressen, så skapas ditt konto. Hittar du inget? Titta bland skräpposten, eller skapa kontot igen.",
        en:
            "We have sent a message to the address you gave. Follow the link in it within a day to confirm the address, and your account is created. Nothing there? Look in your spam folder, or sign up again."
    )
    static let signUpConfirmTitle = LocalizedText(sv: "Bekräfta ditt konto", en: "Confirm your account")
    static let signUpConfirmLead = LocalizedText(
        sv: "Skriv lösenordet du valde när du skapade kontot. Då vet vi att det är du som följde länken.",
        en: "Type the password you chose when you signed up. Then we know it is you who followed the link.")
    static let signUpConfirmButton = LocalizedText(sv: "Bekräfta och logga in", en: "Confirm and sign in")
    static let signUpConfirmWrongPassword = LocalizedText(
        sv: "Lösenordet stämmer inte med det du valde när du skapade kontot",
        en: "The password does not match the one you chose when you signed up")
    static let signUpInvalidTitle = LocalizedText(sv: "Länken gäller inte längre", en: "The link is no longer valid")
    static let signUpInvalidText = LocalizedText(
        sv:
            "Länken har redan använts eller är mer än ett dygn gammal. Skapa kontot igen, eller logga in om du redan har bekräftat det.",
        en:
            "The link has already been used or is more than a day old. Sign up again, or sign in if you have already confirmed it."
    )
    static let signUpAlreadyConfirmed = LocalizedText(
        sv: "Adressen har redan ett konto. Logga in med det, eller välj ett nytt lösenord om du har glömt det.",
        en: "The address already has an account. Sign in with it, or choose a new password if you have forgotten it.")
    static let signUpMailSubject = LocalizedText(
        sv: "Bekräfta din e-postadress till Hubben", en: "Confirm your e-mail address for Hubben")
    static func signUpMailBody(name: String, link: String) -> LocalizedText {
        LocalizedText(
            sv:
                "Hej \(name)!\n\nNågon, förhoppningsvis du, vill skapa ett konto på Hubben med den här adressen. Bekräfta den inom ett dygn här, med lösenordet du valde:\n\n\(link)\n\nOm det inte var du kan du strunta i det här meddelandet; inget konto skapas.",
            en:
                "Hello \(name)!\n\nSomeone, hopefully you, wants to create a Hubben account with this address. Confirm it within a day here, with the password you chose:\n\n\(link)\n\nIf it was not you, you can ignore this message; no account is created."
        )
    }
    static let signUpTakenMailSubject = LocalizedText(
        sv: "Du har redan ett konto på Hubben", en: "You already have a Hubben account")
    static func signUpTakenMailBody(name: String, signIn: String, forgot: String) -> LocalizedText {
        LocalizedText(
            sv:
                "Hej \(name)!\n\nNågon, förhoppningsvis du, försökte skapa ett konto på Hubben med den här adressen. Adressen har redan ett konto, så inget nytt skapades.\n\nLogga in här: \(signIn)\nHar du glömt lösenordet? Välj ett nytt här: \(forgot)\n\nOm det inte var du kan du strunta i det här meddelandet; ditt konto är oförändrat.",
            en:
                "Hello \(name)!\n\nSomeone, hopefully you, tried to create a Hubben account with this address. The address already has an account, so no new one was created.\n\nSign in here: \(signIn)\nForgotten your password? Choose a new one here: \(forgot)\n\nIf it was not you, you can ignore this message; your account is unchanged."
        )
    }
}
