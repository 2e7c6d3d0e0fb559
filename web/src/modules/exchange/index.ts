/** The provincial data interface (M4): API clients, keys shown once, webhook delivery log. */
export { ExchangePage } from './pages/ExchangePage';
