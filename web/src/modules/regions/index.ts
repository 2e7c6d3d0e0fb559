/** The regions module's public surface. */
export { RegionsPage } from './pages/RegionsPage';
export { CitySelect } from './components/CitySelect';
export { RegionCascader } from './components/RegionCascader';
export { useRegions, useRegionTree } from './queries';
