import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { GUANGDONG } from './regions.data.js';

const level = <L extends string>(l: L) => Type.Literal(l);
const County = Type.Object({ code: Type.String(), name: Type.String(), level: level('county'), children: Type.Array(Type.Never()) });
const City = Type.Object({ code: Type.String(), name: Type.String(), level: level('city'), children: Type.Array(County) });
const Province = Type.Object({ code: Type.String(), name: Type.String(), level: level('province'), children: Type.Array(City) });

export function regionsRoutes(app: App): void {
  app.get(
    '/api/v1/regions',
    {
      config: { access: { public: '行政区划代码（GB/T 2260）为公开数据' } },
      schema: { tags: ['regions'], summary: '广东省行政区划树（省、21个地级以上市、县区）', response: { 200: Province } },
    },
    async () => GUANGDONG as never,
  );
}
