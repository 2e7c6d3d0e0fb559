import { describe, expect, it } from 'vitest';
import { categoryNamer, groupedCategoryOptions } from './category-options';
import type { Category } from './types';

const category = (id: string, name: string, groupName: string, inExamScope = true): Category => ({
  id,
  kind: 'special_work',
  catalogueVersion: '30号令-2015',
  code: id,
  name,
  groupName,
  inExamScope,
  hourRule: null,
});

const catalogue = [
  category('1.1', '低压电工作业', '电工作业'),
  category('3.1', '登高架设作业', '高处作业'),
  category('1.2', '高压电工作业', '电工作业'),
  category('coal', '煤矿主要负责人', '煤矿', false),
];

describe('category options', () => {
  it('groups by groupName in the order groups first appear', () => {
    const groups = groupedCategoryOptions(catalogue);
    expect(groups.map((g) => g.label)).toEqual(['电工作业', '高处作业']);
    expect(groups[0]?.options.map((o) => o.label)).toEqual(['低压电工作业', '高压电工作业']);
  });

  it('offers only categories in the Guangdong exam scope', () => {
    expect(groupedCategoryOptions(catalogue).flatMap((g) => g.options.map((o) => o.value))).not.toContain('coal');
  });

  it('can be narrowed to a registered scope', () => {
    expect(groupedCategoryOptions(catalogue, ['3.1']).map((g) => g.label)).toEqual(['高处作业']);
  });

  it('names any category by id, and keeps unknown ids readable', () => {
    const nameOf = categoryNamer(catalogue);
    expect(nameOf('coal')).toBe('煤矿主要负责人');
    expect(nameOf('x')).toBe('x');
  });
});
