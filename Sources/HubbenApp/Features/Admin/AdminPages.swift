import Foundation
import HubbenCore

/// Administration: accounts and their roles, organisations and memberships, the audit log.
enum AdminPages {
    static func overview(
        accounts: [(account: Account, memberships: [AccountStore.Membership])], organizations: [Organization],
        themes: [Theme],
        notice: String?, errors: FormErrors, organizationForm: (name: String, description: String),
        themeForm: (slug: String, nameSV: String, nameEN: String) = ("", "", ""), csrf: String, _ t: Localizer
    ) -> Page {
        Page(
            title: t(.adminTitle),
            main: .group(
                FormParts.notice(notice),
                FormParts.errorSummary(errors, t),
                .h1(.text(t(.adminTitle))),
                .p(
                    .a(.href(AdminPaths.audit()), .text(t(.auditTitle))), .text(" · "),
                    .a(.href(InterestPaths.leads()), .text(t(.leadsTitle)))),
                .h2(.text(t(.adminAccountsHeading))),
                PageParts.table(
                    id: "accounts-caption", caption: t(.adminAccountsCaption(count: "\(accounts.count)")),
                    columns: [
                        .init(t(.fieldName)), .init(t(.fieldEmail)), .init(t(.adminRoles)), .init(t(.adminMemberships)),
                    ],
                    rows: .tbody(
                        .forEach(accounts) { entry in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(entry.account.name)),
                                .td(.text(entry.account.email)),
                                .td(rolesForm(entry.account, csrf: csrf, t)),
                                .td(
                                    .ul(
                                        .class("plain-list"),
                                        .forEach(entry.memberships) { membership in
                                            .li(
                                                .text(
                                                    "\(membership.organizationName) (\(t(PageParts.membershipRole(membership.role)))) "
                                                ),
                                                .form(
                                                    .method(.post), .action(AdminPaths.removeMembership()),
                                                    .class("inline-form"),
                                                    FormParts.csrf(csrf),
                                                    FormParts.hidden("account_id", "\(entry.account.id)"),
                                                    FormParts.hidden("organization_id", "\(membership.organizationID)"),
                                                    .button(
                                                        .type(.submit), .class("button button-secondary button-small"),
                                                        .span(.text(t(.adminRemoveMembership))),
                                                        .span(
                                                            .class("visually-hidden"),
                                                            .text(
                                                                " "
                                                                    + t(
                                                                        .adminRemoveMembershipFor(
                                                                            name: entry.account.name,
                                                                            organization: membership.organizationName)))
                                                        ))
                                                )
                                            )
                                        }))
                            )
                        })
                ),
                .h2(.text(t(.adminMembershipHeading))),
                .form(
                    .method(.post), .action(AdminPaths.memberships()), .novalidate(),
                    FormParts.csrf(csrf),

                    Node.group(
                        FormParts.select(
                            name: "account_id", label: t(.adminAccount),
                            options: accounts.map { ("\($0.account.id)", $0.account.name) }, t),
                        FormParts.select(
                            name: "organization_id", label: t(.adminOrganization),
                            options: organizations.map { ("\($0.id)", $0.name) }, t),
                        FormParts.select(
                            name: "role", label: t(.adminMembershipRole),
                            options: MembershipRole.allCases.map {
                                ($0.rawValue, t(PageParts.membershipRole($0.rawValue)))
                            }, t)
                    ),
                    FormParts.submit(t(.adminAddMembership), style: "button-secondary")
                ),
                .h2(.text(t(.adminOrganizationsHeading))),
                .ul(
                    .forEach(organizations) { organization in
                        .li(.text("\(organization.name) – \(t(PageParts.organizationKind(organization.kind)))"))
                    }),
                .h3(.text(t(.adminNewOrganization))),
                .form(
                    .method(.post), .action(AdminPaths.organizations()), .novalidate(),
                    FormParts.csrf(csrf),

                    Node.group(
                        FormParts.input(
                            .init(name: "org_name", label: t(.fieldName), value: organizationForm.name),
                            errors: errors, t),
                        FormParts.select(
                            name: "kind", label: t(.adminOrganizationKind),
                            options: OrganizationKind.allCases.map {
                                ($0.rawValue, t(PageParts.organizationKind($0)))
                            }, t),
                        FormParts.input(
                            .init(
                                name: "description", label: t(.adminDescription),
                                value: organizationForm.description),
                            errors: errors, t)
                    ),
                    FormParts.submit(t(.adminCreateOrganization), style: "button-secondary")
                ),
                .h2(.text(t(.adminThemesHeading))),
                .ul(.forEach(themes) { theme in .li(.text("\(theme.nameSV) / \(theme.nameEN) (\(theme.slug))")) }),
                .h3(.text(t(.adminNewTheme))),
                .form(
                    .method(.post), .action(AdminPaths.themes()), .novalidate(),
                    FormParts.csrf(csrf),

                    Node.group(
                        FormParts.input(
                            .init(
                                name: "slug", label: t(.adminThemeSlug), value: themeForm.slug,
                                width: "input-medium"), errors: errors, t),
                        FormParts.input(
                            .init(
                                name: "name_sv", label: t(.adminThemeSV), value: themeForm.nameSV,
                                width: "input-medium"), errors: FormErrors(), t),
                        FormParts.input(
                            .init(
                                name: "name_en", label: t(.adminThemeEN), value: themeForm.nameEN,
                                width: "input-medium"), errors: FormErrors(), t)
                    ),
                    FormParts.submit(t(.adminCreateTheme), style: "button-secondary")
                )
            ), hasErrors: !errors.isEmpty)
    }

    private static func rolesForm(_ account: Account, csrf: String, _ t: Localizer) -> Node {
        .form(
            .method(.post), .action(AdminPaths.roles(account.id)),
            FormParts.csrf(csrf),
            .fieldset(
                .element(
                    named: "legend",
                    nodes: [
                        Node.class("visually-hidden"),
                        .text(t(.adminRolesFor(name: account.name))),
                    ]),

                Node.forEach(PlatformRole.allCases.filter { $0 != .resident }) { role in
                    let id = "role-\(account.id)-\(role.rawValue)"
                    return .div(
                        .class("checkbox"),
                        .input(
                            .type(.checkbox), .id(id), .name("roles[]"), .value(role.rawValue),
                            .checked(account.roles.contains(role))),
                        .label(.for(id), .text(t(PageParts.role(role)))))
                }
            ),
            FormParts.submit(t(.adminSaveRoles), style: "button-secondary button-small")
        )
    }

    static func audit(_ entries: [AuditLog.Entry], _ t: Localizer) -> Page {
        Page(
            title: t(.auditTitle),
            main: .group(
                .h1(.text(t(.auditTitle))),
                .p(.text(t(.auditLead))),
                entries.isEmpty
                    ? .p(.class("empty-state"), .text(t(.auditEmpty)))
                    : PageParts.table(
                        id: "audit-caption", caption: t(.auditTitle),
                        columns: [.init(t(.auditWhen)), .init(t(.auditWho)), .init(t(.auditWhat)), .init(t(.auditOn))],
                        rows: .tbody(
                            .forEach(entries) { entry in
                                .tr(
                                    .td(.text(DateFormat.dateTime(entry.createdAt, language: t.language))),
                                    .td(.text(entry.actorName ?? (entry.actorID == nil ? "–" : t(.deletedUser)))),
                                    .td(.text(entry.action + (entry.details.isEmpty ? "" : ": \(entry.details)"))),
                                    .td(.text("\(entry.targetType)" + (entry.targetID.map { " #\($0)" } ?? "")))
                                )
                            })
                    )
            ))
    }
}
