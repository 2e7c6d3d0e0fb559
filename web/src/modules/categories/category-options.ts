import type { Category } from './types';

export interface CategoryOptionGroup {
  label: string;
  title: string;
  options: { value: string; label: string }[];
}

/**
 * Select options grouped by `groupName`, in catalogue order. Only categories in
 * the Guangdong exam scope are offered; others can still be named (`nameOf`).
 */
export function groupedCategoryOptions(categories: readonly Category[], only?: readonly string[]): CategoryOptionGroup[] {
  const groups = new Map<string, CategoryOptionGroup>();
  for (const category of categories) {
    if (!category.inExamScope || (only && !only.includes(category.id))) continue;
    let group = groups.get(category.groupName);
    if (!group) {
      group = { label: category.groupName, title: category.groupName, options: [] };
      groups.set(category.groupName, group);
    }
    group.options.push({ value: category.id, label: category.name });
  }
  return [...groups.values()];
}

/** Category names by id; an id the catalogue does not know is shown as it is. */
export function categoryNamer(categories: readonly Category[]): (id: string) => string {
  const names = new Map(categories.map((c) => [c.id, c.name]));
  return (id) => names.get(id) ?? id;
}
