import { Button } from 'antd';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { BrandMark } from '../../ui/BrandMark';
import { brandTexts } from '../../ui/texts';
import { publicShellTexts as t } from '../texts';

/** Pages anyone may open without signing in: the published lists and institution sign-up. */
export function PublicLayout() {
  const navigate = useNavigate();
  return (
    <div className="xk-public">
      <header className="xk-public-header">
        <div className="xk-public-bar">
          <a
            className="xk-staff-brand"
            href="/public/institutions"
            onClick={(e) => {
              e.preventDefault();
              navigate('/public/institutions');
            }}
          >
            <BrandMark size={30} />
            <span className="xk-staff-brand-name">{brandTexts.name}</span>
            <span className="xk-staff-brand-sub">{brandTexts.platform}</span>
          </a>
          <nav className="xk-public-nav" aria-label={t.navLabel}>
            <NavLink to="/public/announcements">{t.announcements}</NavLink>
            <NavLink to="/public/institutions">{t.institutions}</NavLink>
            <NavLink to="/public/exam-draws">{t.draws}</NavLink>
            <NavLink to="/public/exam-sanctions">{t.sanctions}</NavLink>
            <NavLink to="/public/sanctions">{t.trainingSanctions}</NavLink>
            <NavLink to="/public/support">{t.support}</NavLink>
            <NavLink to="/signup/institution">{t.signup}</NavLink>
            <Button type="primary" onClick={() => navigate('/login')}>
              {t.login}
            </Button>
          </nav>
        </div>
      </header>
      <main className="xk-public-main">
        <Outlet />
      </main>
      <footer className="xk-public-footer">
        <span>{brandTexts.fullTitle}</span>
        <span>{t.footerNote}</span>
      </footer>
    </div>
  );
}
