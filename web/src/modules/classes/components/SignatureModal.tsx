import { Alert, Modal, Typography } from 'antd';
import { useRef, useState } from 'react';
import { signaturePayload } from '../signature';
import { signatureTexts as t } from '../texts';
import { SignaturePad } from './SignaturePad';

/** One learner signs the sign-in list by hand (N1.3); the pad is exported as PNG base64 for the API. */
export function SignatureModal({ name, onDone, onCancel }: { name: string | null; onDone: (image: string) => void; onCancel: () => void }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [inked, setInked] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = () => {
    const canvas = canvasRef.current;
    if (!inked || !canvas) {
      setProblem(t.empty);
      return;
    }
    const image = signaturePayload(canvas.toDataURL('image/png'));
    if (!image) {
      setProblem(t.tooLarge);
      return;
    }
    onDone(image);
  };

  const ink = (value: boolean) => {
    setInked(value);
    setProblem(null);
  };

  return (
    <Modal title={name ? t.title(name) : null} open={name !== null} onCancel={onCancel} onOk={confirm} okText={t.ok} width={800} destroyOnHidden afterOpenChange={(open) => !open && ink(false)}>
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      <SignaturePad canvasRef={canvasRef} label={t.padLabel(name ?? '')} onInk={ink} />
      {problem ? <Alert type="error" showIcon message={problem} style={{ marginTop: 12 }} /> : null}
    </Modal>
  );
}
