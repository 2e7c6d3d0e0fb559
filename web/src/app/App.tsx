import { Route, Routes } from 'react-router';
import { AccountPage, MobileAccountPage, MobilePasswordPage, MobileSessionsPage } from '../modules/identity';
import { RegionsPage } from '../modules/regions';
import { useAuth } from './auth';
import { LayoutGate, LoginRoute, PageGate, SessionWatcher, SignedIn } from './guards';
import { MobileLayout } from './layouts/MobileLayout';
import { StaffLayout } from './layouts/StaffLayout';
import { LearnerHomePage } from './pages/LearnerHomePage';
import { MobileNotFoundPage, NotFoundPage } from './pages/NotFoundPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

/** Regulators open the tree at their own region; the platform at the province. */
function ScopedRegionsPage() {
  const { activeRole } = useAuth();
  return <RegionsPage focusCode={activeRole.scope.regionCode} />;
}

export function App() {
  return (
    <>
      <SessionWatcher />
      <Routes>
        <Route path="/login" element={<LoginRoute />} />
        <Route element={<SignedIn />}>
          <Route
            path="/m"
            element={
              <LayoutGate layout="mobile">
                <MobileLayout />
              </LayoutGate>
            }
          >
            <Route index element={<LearnerHomePage />} />
            <Route path="account" element={<MobileAccountPage />} />
            <Route path="account/password" element={<MobilePasswordPage />} />
            <Route path="account/sessions" element={<MobileSessionsPage />} />
            <Route path="*" element={<MobileNotFoundPage />} />
          </Route>
          <Route
            path="/"
            element={
              <LayoutGate layout="staff">
                <StaffLayout />
              </LayoutGate>
            }
          >
            <Route index element={<WorkbenchPage />} />
            <Route
              path="regions"
              element={
                <PageGate page="regions">
                  <ScopedRegionsPage />
                </PageGate>
              }
            />
            <Route path="account" element={<AccountPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </>
  );
}
