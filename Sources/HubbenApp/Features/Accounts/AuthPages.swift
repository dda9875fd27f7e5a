import HubbenCore

/// Sign-up, sign-in and password reset.
enum AuthPages {
    struct SignUpForm {
        var name = ""
        var email = ""
        var language: Language = .sv
    }

    static func signUp(_ form: SignUpForm, errors: FormErrors, csrf: String, _ t: Localizer) -> Page {
        Page(
            title: t(.signUpTitle),
            main: .group(
                FormParts.errorSummary(errors, t),
                .h1(.text(t(.signUpTitle))),
                PageParts.lead(t(.signUpLead)),
                .form(
                    .method(.post), .action(AccountPaths.signUp()), .novalidate(),
                    FormParts.csrf(csrf),

                    Node.group(
                        FormParts.nameAndEmail(name: form.name, email: form.email, errors: errors, t),
                        FormParts.input(
                            .init(
                                name: "password", label: t(.fieldPassword), hint: t(.fieldPasswordHint),
                                type: .password, autocomplete: "new-password"), errors: errors, t),
                        FormParts.languageSelect(name: "language", selected: form.language, t)
                    ),
                    FormParts.submit(t(.signUpButton))
                ),
                .p(.text(t(.signUpHaveAccount) + " "), .a(.href(AccountPaths.signIn()), .text(t(.signInTitle))))
            ), hasErrors: !errors.isEmpty)
    }

    static func signUpSent(_ t: Localizer) -> Page {
        Page(
            title: t(.signUpSentTitle),
            main: .group(
                .h1(.text(t(.signUpSentTitle))),
                FormParts.notice(t(.signUpSentText))
            ))
    }

    /// The second step of sign-up: the link from the mail, and the password chosen at sign-up.
    static func confirmSignUp(token: String, email: String, errors: FormErrors, csrf: String, _ t: Localizer) -> Page {
        Page(
            title: t(.signUpConfirmTitle),
            main: .group(
                FormParts.errorSummary(errors, t),
                .h1(.text(t(.signUpConfirmTitle))),
                PageParts.lead(t(.signUpConfirmLead)),
                .form(
                    .method(.post), .action(AccountPaths.signUpConfirm()), .novalidate(),
                    FormParts.csrf(csrf),
                    FormParts.hidden("token", token),

                    Node.group(
                        .p(.strong(.text(t(.fieldEmail))), .br(), .text(email)),
                        FormParts.input(
                            .init(
                                name: "password", label: t(.fieldPassword), type: .password,
                                autocomplete: "current-password"), errors: errors, t)
                    ),
                    FormParts.submit(t(.signUpConfirmButton))
                )
            ), hasErrors: !errors.isEmpty)
    }

    static func signUpInvalid(_ t: Localizer) -> Page {
        Page(
            title: t(.signUpInvalidTitle),
            main: .group(
                .h1(.text(t(.signUpInvalidTitle))),
                .p(.text(t(.signUpInvalidText))),
                .p(
                    .a(.class("button button-primary"), .href(AccountPaths.signUp()), .text(t(.signUpTitle))),
                    .text(" "),
                    .a(.class("button button-secondary"), .href(AccountPaths.signIn()), .text(t(.signInTitle))))
            ))
    }

    static func signIn(email: String, next: String, errors: FormErrors, csrf: String, _ t: Localizer) -> Page {
        Page(
            title: t(.signInTitle),
            main: .group(
                FormParts.errorSummary(errors, t),
                .h1(.text(t(.signInTitle))),
                .form(
                    .method(.post), .action(AccountPaths.signIn()), .novalidate(),
                    FormParts.csrf(csrf),
                    FormParts.hidden("next", next),

                    Node.group(
                        FormParts.input(
                            .init(
                                name: "email", label: t(.fieldEmail), value: email, type: .email,
                                autocomplete: "username"), errors: errors, t),
                        FormParts.input(
                            .init(
                                name: "password", label: t(.fieldPassword), type: .password,
                                autocomplete: "current-password"), errors: errors, t)
                    ),
                    FormParts.submit(t(.signInButton))
                ),
                .p(.a(.href(AccountPaths.forgotPassword()), .text(t(.forgotTitle)))),
                .p(.text(t(.signInNoAccount) + " "), .a(.href(AccountPaths.signUp()), .text(t(.signUpTitle))))
            ), hasErrors: !errors.isEmpty)
    }

    static func forgotPassword(email: String, sent: Bool, errors: FormErrors, csrf: String, _ t: Localizer) -> Page {
        Page(
            title: t(.forgotTitle),
            main: .group(
                FormParts.errorSummary(errors, t),
                .h1(.text(t(.forgotTitle))),
                sent
                    ? FormParts.notice(t(.forgotSent))
                    : .group(
                        .p(.text(t(.forgotLead))),
                        .form(
                            .method(.post), .action(AccountPaths.forgotPassword()), .novalidate(),
                            FormParts.csrf(csrf),

                            FormParts.input(
                                .init(
                                    name: "email", label: t(.fieldEmail), value: email, type: .email,
                                    autocomplete: "email"), errors: errors, t),
                            FormParts.submit(t(.forgotButton))
                        )
                    )
            ), hasErrors: !errors.isEmpty)
    }

    static func resetPassword(token: String, errors: FormErrors, csrf: String, _ t: Localizer) -> Page {
        Page(
            title: t(.resetTitle),
            main: .group(
                FormParts.errorSummary(errors, t),
                .h1(.text(t(.resetTitle))),
                .form(
                    .method(.post), .action(AccountPaths.resetPassword()), .novalidate(),
                    FormParts.csrf(csrf),
                    FormParts.hidden("token", token),

                    FormParts.input(
                        .init(
                            name: "password", label: t(.fieldNewPassword), hint: t(.fieldPasswordHint),
                            type: .password, autocomplete: "new-password"), errors: errors, t),
                    FormParts.submit(t(.resetButton))
                )
            ), hasErrors: !errors.isEmpty)
    }

    static func resetInvalid(_ t: Localizer) -> Page {
        Page(
            title: t(.resetInvalidTitle),
            main: .group(
                .h1(.text(t(.resetInvalidTitle))),
                .p(.text(t(.resetInvalidText))),
                .a(.class("button button-primary"), .href(AccountPaths.forgotPassword()), .text(t(.forgotTitle)))
            ))
    }
}
