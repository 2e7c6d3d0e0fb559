/** Hour certificates (M25): public verification, the learner's list on the phone, the institution's and regulator's pages. */
import './certificates.css';
export { VerifyCertificatePage } from './pages/VerifyCertificatePage';
export { ClassCertificatesPage } from './pages/ClassCertificatesPage';
export { MyCertificatesSection } from './components/MyCertificatesSection';
export { fetchFile, saveFile } from './download';
export { statusLooks as certificateStatusLooks } from './texts';
