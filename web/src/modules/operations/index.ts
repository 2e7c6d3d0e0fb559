/** 运行状态: the platform operator's view of the installation (M5–M7). */
export { OperationsPage } from './pages/OperationsPage';
