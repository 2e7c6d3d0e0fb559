/** Supervision queries (M29): lists with filters and Excel export, and the region drill-down ending on the audited archive (M28). */
import './oversight.css';
export { OversightPage } from './pages/OversightPage';
export { DrillClassPage, DrillInstitutionPage, DrillRegionPage, DrillStartPage } from './pages/DrillDownPage';
