import { TabBar } from 'antd-mobile';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { navIcons } from '../icons';
import { navigationFor, selectedNavKey } from '../menu';

/** The learner's phone layout: one screen at a time, with big bottom tabs. */
export function MobileLayout() {
  const { activeRole } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const nav = navigationFor(activeRole);
  const tabs = nav.layout === 'mobile' ? nav.tabs : [];
  const active = selectedNavKey(tabs, pathname) ?? null;

  return (
    <div className="xk-m-app">
      <div className="xk-m-content">
        <Outlet />
      </div>
      <nav className="xk-m-tabbar">
        <TabBar
          safeArea
          activeKey={active}
          onChange={(key) => {
            const tab = tabs.find((t) => t.key === key);
            if (tab) navigate(tab.path);
          }}
        >
          {tabs.map((tab) => (
            <TabBar.Item key={tab.key} icon={navIcons[tab.icon]} title={tab.label} />
          ))}
        </TabBar>
      </nav>
    </div>
  );
}
