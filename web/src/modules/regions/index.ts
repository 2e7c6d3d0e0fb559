/** The regions module's public surface. */
export { RegionsPage } from './pages/RegionsPage';
