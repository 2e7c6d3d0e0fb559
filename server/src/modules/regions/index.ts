export { GUANGDONG, findRegion, type RegionNode } from './regions.data.js';
export { isProvincialRegulator, regionContains, regionLevel, regionPath, regulatorPrefixes, scopePrefix } from './regions.scope.js';
export { regionsRoutes } from './regions.routes.js';
