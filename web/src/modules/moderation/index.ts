/** The prohibited-content lexicon (M9), kept by the platform operator. */
export { ModerationTermsPage } from './pages/ModerationTermsPage';
