import { LogoutOutlined } from '@ant-design/icons';
import { Avatar, Button, ConfigProvider, Layout, Menu } from 'antd';
import { useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { BrandMark } from '../../ui/BrandMark';
import { brandTexts } from '../../ui/texts';
import { useAuth } from '../auth';
import { navIcons } from '../icons';
import { navigationFor, selectedNavKey } from '../menu';
import { shellTexts } from '../texts';
import { RoleSwitcher } from './RoleSwitcher';

const { Header, Sider, Content, Footer } = Layout;

/** The staff console: header with who and in which scope, side menu of the active role's pages. */
export function StaffLayout() {
  const { me, activeRole, logout, loggingOut } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(false);

  const nav = navigationFor(activeRole);
  const items = nav.layout === 'staff' ? nav.items : [];
  const selected = selectedNavKey(items, pathname);

  return (
    <Layout className="xk-staff">
      <Header className="xk-staff-header">
        <a
          className="xk-staff-brand"
          href="/"
          onClick={(e) => {
            e.preventDefault();
            navigate('/');
          }}
        >
          <BrandMark size={30} />
          <span className="xk-staff-brand-name">{brandTexts.name}</span>
          <span className="xk-staff-brand-sub">{brandTexts.platform}</span>
        </a>
        <div className="xk-staff-header-right">
          <RoleSwitcher />
          <span className="xk-header-sep" aria-hidden="true" />
          <span className="xk-user">
            <Avatar size={28} className="xk-user-avatar">
              {me.account.displayName.slice(0, 1)}
            </Avatar>
            <span className="xk-user-name">{me.account.displayName}</span>
          </span>
          <Button type="text" icon={<LogoutOutlined />} loading={loggingOut} onClick={() => void logout()} className="xk-logout">
            <span className="xk-logout-text">{shellTexts.logout}</span>
          </Button>
        </div>
      </Header>
      <Layout hasSider>
        <Sider className="xk-staff-sider" width={216} collapsedWidth={64} breakpoint="lg" collapsible collapsed={collapsed} onCollapse={setCollapsed}>
          <ConfigProvider theme={{ components: { Menu: { itemHeight: 44 } } }}>
            <Menu
              mode="inline"
              className="xk-staff-menu"
              selectedKeys={selected ? [selected] : []}
              items={items.map((item) => ({ key: item.key, icon: navIcons[item.icon], label: item.label }))}
              onClick={({ key }) => {
                const item = items.find((i) => i.key === key);
                if (item) navigate(item.path);
              }}
            />
          </ConfigProvider>
        </Sider>
        <Layout className="xk-staff-main">
          <Content className="xk-staff-content">
            <Outlet />
          </Content>
          <Footer className="xk-staff-footer">{brandTexts.fullTitle}</Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
