/** Enforcement (issue 8 part C): signals, inspections, cases and measures, the institution's orders, public sanctions. */
export { SignalsPage } from './pages/SignalsPage';
export { InspectionsPage } from './pages/InspectionsPage';
export { CasesPage } from './pages/CasesPage';
export { CaseDetailPage } from './pages/CaseDetailPage';
export { OrdersPage } from './pages/OrdersPage';
export { InspectionCoverageCard } from './components/InspectionCoverageCard';
export { PublicSanctionsPage as PublicEnforcementSanctionsPage } from './pages/PublicSanctionsPage';
