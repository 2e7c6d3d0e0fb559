import { ScanOutlined } from '@ant-design/icons';
import { Button } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useFaceStatus } from '../queries';
import { faceCardTexts as t } from '../texts';

export const FACE_ENROLMENT_PATH = '/m/face';

/** On the learner's home until the face is enrolled: nothing can be studied before (M24). */
export function FaceStatusCard() {
  const status = useFaceStatus();
  const navigate = useNavigate();
  if (!status.data || status.data.enrolled) return null;
  return (
    <section className="xk-f-card" aria-label={t.title}>
      <div className="xk-f-card-icon" aria-hidden="true">
        <ScanOutlined />
      </div>
      <div className="xk-f-card-text">
        <h2>{t.title}</h2>
        <p>{t.body}</p>
      </div>
      <Button block color="warning" size="large" className="xk-f-card-action" onClick={() => navigate(FACE_ENROLMENT_PATH)}>
        {t.action}
      </Button>
    </section>
  );
}
