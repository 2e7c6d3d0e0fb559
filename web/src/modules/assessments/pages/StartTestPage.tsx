import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { MobilePage } from '../../../ui/MobilePage';
import { errorMessage } from '../../../ui/PageError';
import { faceRefusalReason, type LiveFrames } from '../../faces';
import { FaceCheckPanel } from '../components/FaceCheckPanel';
import { assessmentKeys, useStartAttempt } from '../queries';
import { attemptTexts as t } from '../texts';

/** M24: a live face check before the paper is drawn (or an open attempt resumed). */
export function StartTestPage() {
  const { testId = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const start = useStartAttempt();
  const error = start.isError ? ((isApiError(start.error, 'TEST_FACE_CHECK_FAILED') && faceRefusalReason(start.error)) || errorMessage(start.error)) : null;

  const onFrame = (frames: LiveFrames) =>
    start.mutate(
      { testId, frames },
      {
        onSuccess: (attempt) => {
          queryClient.setQueryData(assessmentKeys.attempt(attempt.attemptId), attempt);
          navigate(`/m/test-attempts/${attempt.attemptId}`, { replace: true });
        },
      },
    );

  return (
    <MobilePage title={t.faceTitle} onBack={() => navigate(-1)}>
      <FaceCheckPanel intro={t.faceIntro} error={error} busy={start.isPending} onFrame={onFrame} />
    </MobilePage>
  );
}
