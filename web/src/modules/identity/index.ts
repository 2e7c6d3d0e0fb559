/** The identity module's public surface: other modules and the app shell import only this file. */
export { LoginPage } from './pages/LoginPage';
export { AccountPage } from './pages/AccountPage';
export { MobileAccountPage } from './pages/MobileAccountPage';
export { MobilePasswordPage } from './pages/MobilePasswordPage';
export { MobileSessionsPage } from './pages/MobileSessionsPage';
export { forgetAccount, identityKeys, signOutReason, useLogout, useMe, type SignOutReason } from './queries';
export { roleNames, scopeKindNames } from './texts';
export { newPasswordProblem, PASSWORD_MAX_LENGTH } from './password-rules';
