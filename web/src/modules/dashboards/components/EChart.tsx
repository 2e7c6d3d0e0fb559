import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';

// Only the charts and parts the dashboards draw, so the page's chunk stays small.
echarts.use([LineChart, BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** One ECharts canvas; `notMerge` so that a new grouping replaces the old series. */
export function EChart({ option, height = 300 }: { option: object; height?: number }) {
  return <ReactEChartsCore echarts={echarts} option={option} notMerge lazyUpdate style={{ height }} />;
}
