export { createCategoriesService, type CategoriesService, type CategoryView, type RequiredHours, type TrainingType } from './categories.service.js';
export { categoriesRoutes } from './categories.routes.js';
export { CategoryErrors } from './categories.errors.js';
