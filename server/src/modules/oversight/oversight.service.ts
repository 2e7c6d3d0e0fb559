import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/access.js';
import type { AuditService } from '../audit/index.js';
import { findRegion, regionPath, regulatorPrefixes, scopePrefix } from '../regions/index.js';
import * as drill from './oversight-drilldown.repository.js';
import { OversightErrors } from './oversight.errors.js';
import * as repo from './oversight.repository.js';
import { toItem } from './oversight.rows.js';

export interface ListInput extends repo.ListFilters {
  page: number;
  pageSize: number;
  sort?: string;
  order?: 'asc' | 'desc';
}

export type SatisfactionRule = () => Promise<{ minRatings: number; threshold: number }>;

/**
 * Region-scoped supervision queries (M29): what a regulator may list is what
 * lies in its region — the province all of Guangdong, a city its counties, a
 * county itself. Anything outside answers 404, never 403, so existence does
 * not leak (STYLE 5). Learners' names come with a masked ID number only (M27, M28).
 */
export function createOversightService(deps: { db: Db; clock: Clock; audit: AuditService; satisfactionRule: SatisfactionRule }) {
  const { db } = deps;

  function prefixesOf(actor: Actor): string[] {
    const prefixes = regulatorPrefixes(actor);
    if (prefixes.length === 0) throw OversightErrors.OVERSIGHT_NOT_FOUND();
    return prefixes;
  }

  async function query(kind: repo.ListKind, prefixes: string[], input: Omit<ListInput, 'page' | 'pageSize'>, limit: number, offset: number): Promise<repo.ListQuery> {
    const columns = repo.sortColumns(kind);
    if (input.sort && !columns.includes(input.sort)) throw OversightErrors.OVERSIGHT_SORT_INVALID({ allowed: columns });
    const { sort, order, ...filters } = input;
    return { prefixes, filters, sort: sort ?? columns[0]!, order: order ?? 'desc', limit, offset, rule: await deps.satisfactionRule() };
  }

  async function list(actor: Actor, kind: repo.ListKind, input: ListInput) {
    const { page, pageSize, ...rest } = input;
    const q = await query(kind, prefixesOf(actor), rest, pageSize, (page - 1) * pageSize);
    const { rows, total } = await repo.list(db, kind, q);
    return { items: rows.map(toItem[kind]), total, page, pageSize };
  }

  /** One drill-down level: the region, its child regions with counts, and the institutions right in it. */
  async function regionSummary(actor: Actor, code: string) {
    const prefixes = prefixesOf(actor);
    const node = findRegion(code);
    if (!node || !prefixes.some((p) => scopePrefix(code).startsWith(p))) throw OversightErrors.OVERSIGHT_NOT_FOUND();
    const zero = { institutions: 0, classes: 0, enrolments: 0, certificates: 0 };
    let children: { code: string; name: string; level: string; counts: drill.Counts }[] = [];
    if (node.level !== 'county') {
      const counts = await drill.countsByRegion(db, prefixes, scopePrefix(code), node.level === 'province' ? 'city' : 'county');
      children = node.children.map((c) => ({ code: c.code, name: c.name, level: c.level, counts: counts.get(c.code) ?? { ...zero } }));
      // Rows of a city's own institutions with no county on record stay at the city (市本级).
      const own = counts.get(code);
      if (own) children.push({ code, name: `${node.name}（市本级）`, level: 'county', counts: own });
    }
    const institutions = node.level === 'province' ? [] : await drill.institutionsIn(db, prefixes, code);
    const totals = children.length
      ? children.reduce((t, c) => ({ institutions: t.institutions + c.counts.institutions, classes: t.classes + c.counts.classes, enrolments: t.enrolments + c.counts.enrolments, certificates: t.certificates + c.counts.certificates }), { ...zero })
      : institutions.reduce((t, i) => ({ ...t, institutions: t.institutions + 1, classes: t.classes + i.classes, enrolments: t.enrolments + i.enrolments, certificates: t.certificates + i.certificates }), { ...zero });
    return {
      region: { code: node.code, name: node.name, level: node.level, path: regionPath(node.code) },
      ancestors: ancestorsOf(code),
      totals,
      children,
      institutions: institutions.map((i) => ({ ...i, regionName: regionPath(i.regionCode) })),
    };
  }

  async function institutionSummary(actor: Actor, id: string) {
    const prefixes = prefixesOf(actor);
    const inst = await drill.institutionInScope(db, prefixes, id);
    if (!inst) throw OversightErrors.OVERSIGHT_NOT_FOUND();
    const q = await query('institutions', prefixes, { institutionId: id }, 100, 0);
    const registrations = (await repo.list(db, 'institutions', q)).rows.map(toItem.institutions);
    return {
      institution: { id: inst.id, name: inst.name, creditCode: inst.credit_code, address: inst.address, regionCode: inst.region_code, regionName: regionPath(inst.region_code) },
      ancestors: ancestorsOf(inst.region_code),
      registrations,
    };
  }

  async function classSummary(actor: Actor, id: string) {
    const prefixes = prefixesOf(actor);
    const q = await query('classes', prefixes, { classId: id }, 1, 0);
    const row = (await repo.list(db, 'classes', q)).rows[0];
    if (!row) throw OversightErrors.OVERSIGHT_NOT_FOUND();
    const cls = toItem.classes(row);
    return { class: cls, ancestors: ancestorsOf(String(cls.regionCode)) };
  }

  return { list, query, prefixesOf, regionSummary, institutionSummary, classSummary };
}

/** 广东省 › 广州市 › 天河区 down to (and including) `code`. */
function ancestorsOf(code: string): { code: string; name: string }[] {
  const chain = [`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code].filter((c, i, all) => all.indexOf(c) === i);
  return chain.map((c) => findRegion(c)).filter((n) => n !== undefined).map((n) => ({ code: n.code, name: n.name }));
}

export type OversightService = ReturnType<typeof createOversightService>;
