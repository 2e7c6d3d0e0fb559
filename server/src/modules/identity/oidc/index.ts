export { oidcRoutes } from './oidc.routes.js';
