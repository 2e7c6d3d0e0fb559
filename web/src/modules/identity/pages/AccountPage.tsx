import { Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { PageContainer } from '../../../ui/PageContainer';
import { PasswordForm } from '../components/PasswordForm';
import { SessionsTable } from '../components/SessionsTable';
import { useMe } from '../queries';
import { accountTexts as t, roleNames } from '../texts';

/** 账号与安全 for staff: who this account is, where it is signed in, and its password. */
export function AccountPage() {
  const me = useMe().data;

  return (
    <PageContainer title={t.title} description={t.description}>
      <Row gutter={[16, 16]} align="stretch">
        <Col span={24}>
          <Card title={t.profile}>
            <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="middle">
              <Descriptions.Item label={t.displayName}>{me?.account.displayName}</Descriptions.Item>
              <Descriptions.Item label={me?.account.kind === 'learner' ? t.idNumber : t.username}>{me?.account.username}</Descriptions.Item>
              <Descriptions.Item label={t.roles}>
                <Space direction="vertical" size={4}>
                  {me?.roles.map((r) => (
                    <span key={`${r.role}:${r.scope.label}`}>
                      <Tag color="blue" bordered={false}>
                        {roleNames[r.role]}
                      </Tag>
                      {r.scope.label}
                    </span>
                  ))}
                </Space>
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Card title={t.sessionsTitle} className="xk-stretch">
            <SessionsTable />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t.passwordTitle} className="xk-stretch">
            <Typography.Paragraph type="secondary">{t.passwordHint}</Typography.Paragraph>
            <PasswordForm />
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
