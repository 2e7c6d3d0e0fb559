/** Face enrolment and face-checked password reset (M24, M27): the learner's camera pages. */
import './faces.css';
export { FaceEnrolmentPage } from './pages/FaceEnrolmentPage';
export { PasswordResetPage } from './pages/PasswordResetPage';
export { FaceStatusCard } from './components/FaceStatusCard';
export { FaceCheckPanel } from './components/FaceCheckPanel';
export { faceRefusalReason } from './refusal';
export { useCamera } from './use-camera';
export { grabFrame, grabLiveFrames, type LiveFrames } from './capture';
export { CameraView } from './components/CameraView';
export { CameraProblemPanel } from './components/CameraProblemPanel';
