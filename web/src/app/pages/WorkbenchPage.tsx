import { CheckCircleFilled, RightOutlined } from '@ant-design/icons';
import { Avatar, Card, Col, Descriptions, Row, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { roleNames, scopeKindNames } from '../../modules/identity';
import { PageContainer } from '../../ui/PageContainer';
import { useAuth } from '../auth';
import { navIcons } from '../icons';
import { navigationFor } from '../menu';
import { navTexts, shortcutHints, workbenchTexts as t } from '../texts';

/** 工作台: who you are here and what you can reach; numbers come when the modules that own them exist. */
export function WorkbenchPage() {
  const { me, activeRole } = useAuth();
  const navigate = useNavigate();
  const nav = navigationFor(activeRole);
  const shortcuts = (nav.layout === 'staff' ? nav.items : []).filter((item) => item.key !== 'workbench');
  const { scope } = activeRole;

  return (
    <PageContainer title={navTexts.workbench}>
      <Row gutter={[16, 16]} align="stretch">
        <Col xs={24} xl={16}>
          <Card className="xk-welcome">
            <div className="xk-welcome-head">
              <Avatar size={56} className="xk-welcome-avatar">
                {me.account.displayName.slice(0, 1)}
              </Avatar>
              <div>
                <Typography.Title level={4} style={{ margin: 0 }}>
                  {t.greeting(me.account.displayName)}
                </Typography.Title>
                <Typography.Text type="secondary">{t.intro}</Typography.Text>
              </div>
            </div>
            <Descriptions column={{ xs: 1, md: 2 }} size="middle" className="xk-welcome-desc">
              <Descriptions.Item label={t.account}>{me.account.username}</Descriptions.Item>
              <Descriptions.Item label={t.role}>
                <Tag color="blue" bordered={false}>
                  {roleNames[activeRole.role]}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t.scope}>{scope.label}</Descriptions.Item>
              <Descriptions.Item label={t.scopeKind}>{scopeKindNames[scope.kind]}</Descriptions.Item>
              {scope.regionCode ? (
                <Descriptions.Item label={t.regionCode}>
                  <span className="xk-mono">{scope.regionCode}</span>
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card className="xk-ready" title={t.readyTitle}>
            <Typography.Paragraph type="secondary">{t.readyBody}</Typography.Paragraph>
            <ul className="xk-ready-list">
              {t.readyItems.map((item) => (
                <li key={item}>
                  <CheckCircleFilled />
                  {item}
                </li>
              ))}
            </ul>
          </Card>
        </Col>
        {shortcuts.length > 0 ? (
          <Col span={24}>
            <Card title={t.shortcuts}>
              <Row gutter={[16, 16]} align="stretch">
                {shortcuts.map((item) => (
                  <Col key={item.key} xs={24} md={12} xl={8}>
                    <button type="button" className="xk-shortcut" onClick={() => navigate(item.path)}>
                      <span className="xk-shortcut-icon">{navIcons[item.icon]}</span>
                      <span className="xk-shortcut-text">
                        <strong>{item.label}</strong>
                        <span>{shortcutHints[item.key]}</span>
                      </span>
                      <RightOutlined className="xk-muted" />
                    </button>
                  </Col>
                ))}
              </Row>
            </Card>
          </Col>
        ) : null}
      </Row>
    </PageContainer>
  );
}
