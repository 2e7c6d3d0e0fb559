/** The support desk (M10): staff queue, SLA report, requesters' tickets, the public form and the learner's phone pages. */
import './support.css';
export { SupportQueuePage } from './pages/SupportQueuePage';
export { MyTicketsPage } from './pages/MyTicketsPage';
export { SlaReportPage } from './pages/SlaReportPage';
export { PublicSupportPage } from './pages/PublicSupportPage';
export { MobileSupportPage } from './pages/MobileSupportPage';
export { MobileNewTicketPage } from './pages/MobileNewTicketPage';
export { MobileTicketPage } from './pages/MobileTicketPage';
