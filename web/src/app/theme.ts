import type { ThemeConfig } from 'antd';

export const FONT_FAMILY =
  '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif';

/** Restrained government palette: antd's own blue, quiet greys, modest radii. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1677ff',
    colorInfo: '#1677ff',
    colorBgLayout: '#f3f5f9',
    colorTextBase: '#1f2329',
    borderRadius: 6,
    fontFamily: FONT_FAMILY,
  },
  components: {
    Layout: { headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px', siderBg: '#ffffff', triggerBg: '#ffffff', triggerColor: '#4e5969' },
    Menu: { itemSelectedBg: '#e8f3ff', itemSelectedColor: '#1677ff', itemBorderRadius: 6, itemMarginInline: 8, activeBarBorderWidth: 0 },
    Card: { headerFontSize: 15 },
    Descriptions: { labelBg: '#f7f8fa' },
    Table: { headerBg: '#f7f8fa' },
  },
};
