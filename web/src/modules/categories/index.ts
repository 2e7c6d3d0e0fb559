/** The categories module's public surface: pickers and names for training categories. */
export { CategorySelect } from './components/CategorySelect';
export { CategoryTags } from './components/CategoryTags';
export { useCategories } from './queries';
export type { Category } from './types';
