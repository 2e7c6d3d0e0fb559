import { Modal, Typography } from 'antd';
import { FaceCheckPanel } from '../../faces';
import { faceSignInTexts as t } from '../texts';

/**
 * One learner signs in by face (M24): a frame from the camera goes with the
 * sign-in list, and the server checks it against the learner's enrolled face.
 * The camera is on only while this is open.
 */
export function FaceSignInModal({ name, onDone, onCancel }: { name: string | null; onDone: (image: string) => void; onCancel: () => void }) {
  return (
    <Modal title={name ? t.title(name) : null} open={name !== null} onCancel={onCancel} footer={null} width={560} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      {name ? <FaceCheckPanel caption={t.caption} action={t.action} onFrame={async (frames) => onDone(frames.image)} /> : null}
    </Modal>
  );
}
