import RoutingKit

/// Signing up and in, and one's own account, for their routes and for every link to them.
enum AccountPaths {
    static let signUp = RoutePath("sign-up")
    static let signUpSent = RoutePath("sign-up", "sent")
    static let signUpConfirm = RoutePath("sign-up", "confirm")
    static let signIn = RoutePath("sign-in")
    static let signOut = RoutePath("sign-out")
    static let forgotPassword = RoutePath("forgot-password")
    static let resetPassword = RoutePath("reset-password")
    static let account = RoutePath("account")
    static let password = RoutePath("account", "password")
    static let export = RoutePath("account", "export")
    static let delete = RoutePath("account", "delete")
}
