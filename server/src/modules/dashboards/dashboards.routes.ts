import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import type { View } from './dashboards.metrics.js';
import type { DashboardsService } from './dashboards.service.js';

const tags = ['dashboards'];
const Day = Type.String({ format: 'date' });

const ViewQuery = Type.Object({
  region: Type.Optional(Type.String({ pattern: '^44[0-9]{4}$', description: '省、市或县区代码；缺省为本人监管区域（平台运营方为全省）' })),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
  granularity: Type.Optional(Type.Enum(['day', 'week', 'month'] as const)),
  groupBy: Type.Optional(Type.Enum(['none', 'region', 'category'] as const, { description: 'region：省按地市、市按县区分组' })),
  categoryId: Type.Optional(Type.String({ maxLength: 200 })),
});

const ViewResponse = Type.Object({
  view: Type.String(),
  region: Type.Object({ code: Type.String(), name: Type.String(), level: Type.Enum(['province', 'city', 'county'] as const) }),
  from: Type.String(),
  to: Type.String(),
  granularity: Type.Enum(['day', 'week', 'month'] as const),
  groupBy: Type.Enum(['none', 'region', 'category'] as const),
  metrics: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), unit: Type.String() })),
  periods: Type.Array(Type.String()),
  series: Type.Array(Type.Object({ metric: Type.String(), groupKey: Type.String(), groupName: Type.String(), data: Type.Array(Type.Number()) })),
  rows: Type.Array(Type.Object({ period: Type.String(), groupKey: Type.String(), groupName: Type.String(), values: Type.Record(Type.String(), Type.Number()) })),
  totals: Type.Record(Type.String(), Type.Number()),
  refreshedAt: Type.Union([Type.String(), Type.Null()]),
});

const VIEWS: { view: View; summary: string }[] = [
  { view: 'learning', summary: '监管驾驶舱：学习人次、新增报名与线上/线下学时随时间变化（按地区或类别分组）' },
  { view: 'completion', summary: '监管驾驶舱：结业人数、学时证明与结业率' },
  { view: 'integrity', summary: '监管驾驶舱：人脸核验未通过/未完成、随机问答未作答、学时作废、疑似一脸多证' },
  { view: 'ratings', summary: '监管驾驶舱：课程评价数与平均分' },
];

/** Dashboards for regulators (their region, M29) and the platform operator (the province); out-of-scope regions answer 404. */
export function dashboardsRoutes(app: App, dashboards: DashboardsService): void {
  for (const { view, summary } of VIEWS) {
    app.get(
      `/api/v1/dashboards/${view}`,
      {
        config: { access: { roles: ['regulator', 'platform_operator'], scope: 'region' } },
        schema: { tags, summary, querystring: ViewQuery, response: { 200: ViewResponse, 400: ErrorSchema, 404: ErrorSchema } },
      },
      async (req) => dashboards.view(req.actor!, view, req.query),
    );
  }
}
