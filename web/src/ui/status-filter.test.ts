import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { StatusFilter } from './FilterBar';

type S = 'pending' | 'approved';
const looks = { pending: { label: '待审批', color: 'processing' }, approved: { label: '已批准', color: 'success' } };
const render = (props: Parameters<typeof StatusFilter<S>>[0]) => renderToStaticMarkup(createElement(StatusFilter<S>, props));
/** The Select the filter renders inside its FilterField (StatusFilter itself holds no hooks). */
const selectOf = (props: Parameters<typeof StatusFilter<S>>[0]) =>
  (StatusFilter<S>(props) as ReactElement<{ children: ReactElement<{ onChange: (v: string) => void; options: { value: string; label: string }[] }> }>).props.children.props;

describe('status filter of a list', () => {
  it('is named by its label, which e2e tests and screen readers find it by', () => {
    const html = render({ label: '状态', looks, value: 'approved', onChange: () => {} });
    const labelFor = /<label[^>]* for="([^"]+)">状态<\/label>/.exec(html)?.[1];
    expect(labelFor).toBeTruthy();
    expect(html).toContain(`role="combobox"`);
    expect(html).toContain(`id="${labelFor}"`);
    expect(html).toContain('title="已批准"');
  });

  it('offers every status of the looks by its label, in their order, after "all" when asked', () => {
    expect(selectOf({ label: '状态', looks, value: 'pending', onChange: () => {} }).options).toEqual([
      { value: 'pending', label: '待审批' },
      { value: 'approved', label: '已批准' },
    ]);
    expect(selectOf({ label: '状态', looks, value: undefined, onChange: () => {}, allLabel: '全部状态' }).options.map((o) => o.label)).toEqual(['全部状态', '待审批', '已批准']);
  });

  it('shows and reports "all" as no status', () => {
    expect(render({ label: '状态', looks, value: undefined, onChange: () => {}, allLabel: '全部状态' })).toContain('title="全部状态"');
    const onChange = vi.fn();
    const select = selectOf({ label: '状态', looks, value: 'pending', onChange, allLabel: '全部状态' });
    select.onChange('all');
    select.onChange('approved');
    expect(onChange.mock.calls).toEqual([[undefined], ['approved']]);
  });

  it('when clearable, shows "all" as the placeholder of no choice and offers no "all" option', () => {
    const props = { label: '状态', looks, value: undefined, onChange: () => {}, allLabel: '全部状态', clearable: true };
    expect(render(props)).toContain('<span class="ant-select-selection-placeholder">全部状态</span>');
    expect(render(props)).toContain('ant-select-allow-clear');
    expect(selectOf(props).options.map((o) => o.value)).toEqual(['pending', 'approved']);
  });
});
