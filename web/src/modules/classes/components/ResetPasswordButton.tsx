import { Alert, App, Button, Modal, Space } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../ui/PageError';
import { useResetPassword } from '../queries';
import { learnerTexts as t } from '../texts';
import type { Enrolment } from '../types';
import { OneTimePassword } from './OneTimePassword';

/**
 * Resets a learner's password after the institution checked their ID card in
 * person; asks first (the old password stops working), then shows the new
 * initial password once.
 */
export function ResetPasswordButton({ classId, learner }: { classId: string; learner: Enrolment }) {
  const reset = useResetPassword(classId);
  const { modal, message } = App.useApp();
  const [password, setPassword] = useState<string | null>(null);

  const confirm = () =>
    modal.confirm({
      title: t.resetTitle(learner.name),
      content: t.resetBody,
      okText: t.resetOk,
      okButtonProps: { danger: true },
      onOk: () =>
        reset
          .mutateAsync(learner.learnerId)
          .then((result) => setPassword(result.initialPassword))
          .catch((error: unknown) => void message.error(errorMessage(error))),
    });

  return (
    <>
      <Button type="link" size="small" onClick={confirm}>
        {t.resetPassword}
      </Button>
      <Modal
        title={t.newPasswordTitle(learner.name)}
        open={password !== null}
        closable={false}
        maskClosable={false}
        keyboard={false}
        footer={
          <Button type="primary" onClick={() => setPassword(null)}>
            {t.done}
          </Button>
        }
        destroyOnHidden
      >
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Alert type="warning" showIcon message={t.passwordOnce} />
          {password ? <OneTimePassword password={password} /> : null}
        </Space>
      </Modal>
    </>
  );
}
