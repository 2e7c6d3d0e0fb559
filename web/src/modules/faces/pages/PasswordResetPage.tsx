import { Button, Form, Input } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/client';
import { MobilePage } from '../../../ui/MobilePage';
import { errorMessage } from '../../../ui/PageError';
import { newPasswordProblem, PASSWORD_MAX_LENGTH } from '../../identity';
import { ID_NUMBER_LENGTH, idNumberMessage, normalizeIdNumber, ruleOf, sameAsRule } from '../../learners';
import { grabLiveFrames, type LiveFrames } from '../capture';
import { CameraProblemPanel } from '../components/CameraProblemPanel';
import { CameraView } from '../components/CameraView';
import { Outcome } from '../components/Outcome';
import { useResetPasswordByFace } from '../queries';
import { faceRefusalReason } from '../refusal';
import { resetTexts as t } from '../texts';
import { useCamera } from '../use-camera';

interface DetailsValues {
  idNumber: string;
  newPassword: string;
  confirmPassword: string;
}

type Step = 'details' | 'camera' | 'done';
interface Refusal {
  title: string;
  reason: string | null;
  advice: string | null;
}


/**
 * Forgotten password without a phone (M27): the learner's ID number, a new
 * password, and one live frame that must match the enrolled face.
 */
export function PasswordResetPage() {
  const navigate = useNavigate();
  const [form] = Form.useForm<DetailsValues>();
  const reset = useResetPasswordByFace();
  const [step, setStep] = useState<Step>('details');
  const [details, setDetails] = useState<DetailsValues | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [detailsFailure, setDetailsFailure] = useState<string | null>(null);
  const [grabbing, setGrabbing] = useState(false);
  const camera = useCamera(step === 'camera');

  const check = async () => {
    const video = camera.videoRef.current;
    if (!video || !details) return;
    setRefusal(null);
    setGrabbing(true);
    let frames: LiveFrames;
    try {
      frames = await grabLiveFrames(video);
    } catch {
      setRefusal({ title: t.failedTitle, reason: null, advice: null });
      return;
    } finally {
      setGrabbing(false);
    }
    reset.mutate(
      { idNumber: details.idNumber, ...frames, newPassword: details.newPassword },
      {
        onSuccess: () => setStep('done'),
        onError: (error) => {
          if (isApiError(error, 'AUTH_WEAK_PASSWORD') || isApiError(error, 'VALIDATION_FAILED')) {
            setDetailsFailure(errorMessage(error));
            setStep('details');
          } else if (isApiError(error, 'FACE_RESET_FAILED')) {
            setRefusal({ title: t.failedTitle, reason: faceRefusalReason(error), advice: t.orAskInstitution });
          } else {
            setRefusal({ title: t.failedTitle, reason: errorMessage(error), advice: null });
          }
        },
      },
    );
  };

  const back = () => {
    if (step === 'camera') {
      setRefusal(null);
      setStep('details');
    } else navigate('/login');
  };

  let body;
  if (step === 'done') {
    body = (
      <Outcome
        title={t.successTitle}
        action={
          <Button block color="primary" size="large" onClick={() => navigate('/login', { replace: true, state: { notice: t.loginNotice, username: details?.idNumber } })}>
            {t.toLogin}
          </Button>
        }
      >
        {t.successBody}
      </Outcome>
    );
  } else if (step === 'camera') {
    const working = grabbing || reset.isPending;
    body =
      camera.state.status === 'failed' ? (
        <CameraProblemPanel problem={camera.state.problem} onRetry={camera.retry} />
      ) : (
        <>
          <p className="xk-m-intro">{t.cameraIntro}</p>
          <CameraView videoRef={camera.videoRef} state={camera.state} busy={working} caption={working ? t.checking : undefined} />
          {refusal ? (
            <div className="xk-f-refused" role="alert">
              <strong>{refusal.title}</strong>
              {refusal.reason ? <span>{refusal.reason}</span> : null}
              {refusal.advice ? <span>{refusal.advice}</span> : null}
            </div>
          ) : null}
          <Button block color="primary" size="large" className="xk-f-start" disabled={camera.state.status !== 'live'} loading={working} loadingText={t.checking} onClick={() => void check()}>
            {refusal ? t.tryAgain : t.start}
          </Button>
          {refusal ? (
            <Button block size="large" className="xk-f-secondary" onClick={back}>
              {t.editDetails}
            </Button>
          ) : null}
        </>
      );
  } else {
    body = (
      <>
        <p className="xk-m-intro">{t.intro}</p>
        <Form
          form={form}
          className="xk-f-form"
          layout="vertical"
          requiredMarkStyle="none"
          initialValues={details ?? undefined}
          onValuesChange={() => detailsFailure && setDetailsFailure(null)}
          onFinish={(values: DetailsValues) => {
            setDetails({ ...values, idNumber: normalizeIdNumber(values.idNumber) });
            setStep('camera');
          }}
          footer={
            <>
              {detailsFailure ? (
                <div className="xk-f-refused" role="alert">
                  <span>{detailsFailure}</span>
                </div>
              ) : null}
              <Button block type="submit" color="primary" size="large">
                {t.next}
              </Button>
            </>
          }
        >
          <Form.Item
            name="idNumber"
            label={t.idNumber}
            normalize={(value: string) => normalizeIdNumber(value ?? '').slice(0, ID_NUMBER_LENGTH)}
            validateTrigger="onBlur"
            rules={[ruleOf(idNumberMessage)]}
          >
            <Input placeholder={t.idNumberPlaceholder} autoComplete="username" autoCapitalize="characters" autoCorrect="off" clearable />
          </Form.Item>
          <Form.Item name="newPassword" label={t.newPassword} validateTrigger="onBlur" rules={[ruleOf((v) => newPasswordProblem(v))]}>
            <Input type="password" placeholder={t.newPasswordPlaceholder} autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={t.confirmPassword}
            dependencies={['newPassword']}
            validateTrigger="onBlur"
            rules={[sameAsRule('newPassword', t.confirmRequired, t.confirmMismatch)]}
          >
            <Input type="password" autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
          </Form.Item>
        </Form>
      </>
    );
  }

  return (
    <div className="xk-m-app">
      <MobilePage title={t.title} onBack={back}>
        {body}
      </MobilePage>
    </div>
  );
}
