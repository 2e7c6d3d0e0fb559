import { Alert, Button, Modal, Space, Typography } from 'antd';
import { exchangeTexts as t } from '../texts';

export interface OnceSecrets {
  apiKey: string;
  webhookSecret: string | null;
  previousKeysValidUntil?: string;
}

/** Keys are stored only as hashes (M4): this is the one time they are shown. Closing needs an explicit "saved". */
export function OnceSecretModal({ secrets, onClose }: { secrets: OnceSecrets | null; onClose: () => void }) {
  return (
    <Modal
      title={t.secret.title}
      open={secrets !== null}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t.secret.done}
        </Button>
      }
    >
      {secrets ? (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Alert type="warning" showIcon message={t.secret.warning} />
          <div>
            <Typography.Text strong>{t.secret.apiKey}</Typography.Text>
            <Typography.Paragraph className="xk-mono" copyable={{ text: secrets.apiKey }} data-testid="exchange-api-key">
              {secrets.apiKey}
            </Typography.Paragraph>
          </div>
          {secrets.webhookSecret ? (
            <div>
              <Typography.Text strong>{t.secret.webhookSecret}</Typography.Text>
              <Typography.Paragraph className="xk-mono" copyable={{ text: secrets.webhookSecret }} data-testid="exchange-webhook-secret">
                {secrets.webhookSecret}
              </Typography.Paragraph>
            </div>
          ) : null}
          {secrets.previousKeysValidUntil ? <Alert type="info" showIcon message={t.secret.previousUntil(secrets.previousKeysValidUntil)} /> : null}
        </Space>
      ) : null}
    </Modal>
  );
}
