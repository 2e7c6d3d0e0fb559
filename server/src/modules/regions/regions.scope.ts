import type { Actor } from '../../platform/http/access.js';
import { findRegion, type RegionNode } from './regions.data.js';

/**
 * Region scope is a code-prefix test (DESIGN §4): 440000 ⊃ 440100 ⊃ 440106.
 * A province code contributes "44", a city "4401", a county all six digits.
 * 东莞 441900 and 中山 442000 have no counties: their city code is the lowest level.
 */
export function scopePrefix(regionCode: string): string {
  const node = findRegion(regionCode);
  if (!node) throw new Error(`unknown region ${regionCode}`);
  return prefixOf(node);
}

function prefixOf(node: RegionNode): string {
  if (node.level === 'province') return node.code.slice(0, 2);
  if (node.level === 'city') return node.code.slice(0, 4);
  return node.code;
}

/** True when `code` lies inside the region `scopeCode` (or is it). */
export function regionContains(scopeCode: string, code: string): boolean {
  return code.startsWith(scopePrefix(scopeCode));
}

export function regionLevel(code: string): RegionNode['level'] | undefined {
  return findRegion(code)?.level;
}

/** 广东省 / 广州市 / 天河区 — the label shown beside a scope. */
export function regionPath(code: string): string {
  const node = findRegion(code);
  if (!node) return code;
  if (node.level === 'province') return node.name;
  const city = findRegion(`${code.slice(0, 4)}00`);
  return node.level === 'city' ? node.name : `${city?.name ?? ''}${node.name}`;
}

/** Region-code prefixes a regulator's queries are limited to (for SQL `like`); empty for everyone else. */
export function regulatorPrefixes(actor: Actor): string[] {
  return actor.roles.filter((r) => r.role === 'regulator' && r.scope.regionCode).map((r) => scopePrefix(r.scope.regionCode!));
}

/** Settings that hold for the whole province (hour rules, learning timings) are set by the provincial regulator only. */
export function isProvincialRegulator(actor: Actor): boolean {
  return actor.roles.some((r) => r.role === 'regulator' && r.scope.kind === 'province');
}
