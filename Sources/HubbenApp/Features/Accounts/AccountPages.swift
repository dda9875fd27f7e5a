import Foundation
import HubbenCore

/// "Mina uppgifter": your details, your password, your data, your account.
enum AccountPages {
    struct ProfileForm {
        var name: String
        var email: String
        var language: Language
    }

    static func account(
        _ account: Account, profile: ProfileForm, memberships: [AccountStore.Membership],
        notice: String?, profileErrors: FormErrors, passwordErrors: FormErrors, csrf: String,
        notificationPreferences: Node = .empty, _ t: Localizer
    ) -> Page {
        let errors = profileErrors.isEmpty ? passwordErrors : profileErrors
        return Page(
            title: t(.accountTitle),
            main: .group(
                FormParts.notice(notice),
                FormParts.errorSummary(errors, t),
                .h1(.text(t(.accountTitle))),
                .p(.text(t(.accountLead))),
                .section(
                    .attribute(named: "aria-labelledby", value: "roles-heading"),
                    .h2(.id("roles-heading"), .text(t(.accountRolesHeading))),
                    .ul(.forEach(account.roles.sorted()) { role in .li(.text(t(PageParts.role(role)))) }),
                    .if(
                        Authorization.allows(account.actor, PoolAction.editOwn),
                        .p(.a(.href(PoolPaths.mine()), .text(t(.poolMine))))),
                    .if(
                        !memberships.isEmpty,
                        .ul(
                            .forEach(memberships) { membership in
                                .li(
                                    .text(
                                        "\(membership.organizationName) – \(t(PageParts.membershipRole(membership.role)))"
                                    ))
                            }))
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "profile-heading"),
                    .h2(.id("profile-heading"), .text(t(.accountProfileHeading))),
                    .form(
                        .method(.post), .action(AccountPaths.account()), .novalidate(),
                        FormParts.csrf(csrf),

                        Node.group(
                            FormParts.nameAndEmail(
                                name: profile.name, email: profile.email, errors: profileErrors, t),
                            FormParts.languageSelect(name: "language", selected: profile.language, t)
                        ),
                        FormParts.submit(t(.accountSave))
                    )
                ),
                notificationPreferences,
                .section(
                    .attribute(named: "aria-labelledby", value: "password-heading"),
                    .h2(.id("password-heading"), .text(t(.accountPasswordHeading))),
                    .form(
                        .method(.post), .action(AccountPaths.password()), .novalidate(),
                        FormParts.csrf(csrf),

                        Node.group(
                            FormParts.input(
                                .init(
                                    name: "current_password", label: t(.fieldCurrentPassword), type: .password,
                                    autocomplete: "current-password"), errors: passwordErrors, t),
                            FormParts.input(
                                .init(
                                    name: "new_password", label: t(.fieldNewPassword), hint: t(.fieldPasswordHint),
                                    type: .password, autocomplete: "new-password"), errors: passwordErrors, t)
                        ),
                        FormParts.submit(t(.accountChangePassword), style: "button-secondary")
                    )
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "data-heading"),
                    .h2(.id("data-heading"), .text(t(.accountDataHeading))),
                    .p(.text(t(.accountDataText))),
                    .a(
                        .class("button button-secondary"), .href(AccountPaths.export()),
                        .attribute(named: "download", value: "hubben-mina-uppgifter.json"),
                        .text(t(.accountDownload)))
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "delete-heading"),
                    .h2(.id("delete-heading"), .text(t(.accountDeleteHeading))),
                    .p(.text(t(.accountDeleteText))),
                    .a(.class("button button-warning"), .href(AccountPaths.delete()), .text(t(.accountDeleteButton)))
                )
            ), hasErrors: !errors.isEmpty)
    }

    static func confirmDelete(errors: FormErrors, csrf: String, _ t: Localizer) -> Page {
        Page(
            title: t(.deleteTitle),
            main: .group(
                FormParts.errorSummary(errors, t),
                .h1(.text(t(.deleteTitle))),
                .div(.class("warning-text"), .p(.strong(.text(t(.deleteWarning))))),
                .p(.text(t(.accountDeleteText))),
                .form(
                    .method(.post), .action(AccountPaths.delete()), .novalidate(),
                    FormParts.csrf(csrf),

                    FormParts.input(
                        .init(
                            name: "password", label: t(.fieldCurrentPassword), hint: t(.deletePasswordHint),
                            type: .password, autocomplete: "current-password"), errors: errors, t),
                    FormParts.submit(t(.deleteConfirm), style: "button-warning")
                ),
                .p(.a(.href(AccountPaths.account()), .text(t(.deleteCancel))))
            ), hasErrors: !errors.isEmpty)
    }

    static func deleted(_ t: Localizer) -> Page {
        Page(
            title: t(.deletedTitle),
            main: .group(
                .h1(.text(t(.deletedTitle))),
                .p(.text(t(.deletedText))),
                .a(.class("button button-primary"), .href(InformationPaths.home()), .text(t(.errorBackHome)))
            ))
    }
}
