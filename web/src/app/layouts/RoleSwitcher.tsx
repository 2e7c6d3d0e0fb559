import { DownOutlined, SwapOutlined } from '@ant-design/icons';
import { Dropdown, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { roleNames } from '../../modules/identity';
import { useAuth } from '../auth';
import { homePathFor, roleKey } from '../menu';
import { shellTexts } from '../texts';

/** The active role and its scope; with several roles, a menu to switch between them. */
export function RoleSwitcher() {
  const { me, activeRole, switchRole } = useAuth();
  const navigate = useNavigate();
  const current = (
    <span className="xk-role" title={`${shellTexts.currentRole}：${roleNames[activeRole.role]} · ${activeRole.scope.label}`}>
      <Tag color="blue" bordered={false} className="xk-role-tag">
        {roleNames[activeRole.role]}
      </Tag>
      <span className="xk-role-scope">{activeRole.scope.label}</span>
    </span>
  );
  if (me.roles.length < 2) return current;

  const items = me.roles.map((r) => ({ key: roleKey(r), label: `${roleNames[r.role]} · ${r.scope.label}` }));
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [{ type: 'group', key: 'title', label: shellTexts.switchRole, children: items }],
        selectable: true,
        selectedKeys: [roleKey(activeRole)],
        onClick: ({ key }) => {
          const next = me.roles.find((r) => roleKey(r) === key);
          if (!next) return;
          switchRole(key);
          navigate(homePathFor(next.role));
        },
      }}
    >
      <button type="button" className="xk-role-button" aria-label={shellTexts.switchRole}>
        <SwapOutlined className="xk-muted" />
        {current}
        <DownOutlined className="xk-muted" style={{ fontSize: 10 }} />
      </button>
    </Dropdown>
  );
}
