import type { Actor } from '../../platform/http/access.js';
import type { SupportRequesterKind } from '../../platform/db/schema.js';

/** Ticket categories (M10), with the zh-CN names the desk and the SLA report use. */
export const TICKET_CATEGORIES = {
  account: '账号与登录',
  learning: '学习与学时',
  face: '人脸核验',
  certificate: '学时证明',
  exam: '考试',
  institution: '培训机构与备案',
  technical: '技术故障',
  complaint: '投诉与建议',
  other: '其他',
} as const;
export type TicketCategory = keyof typeof TICKET_CATEGORIES;

export const AGENT_ROLES = ['support_agent', 'platform_operator'] as const;
export const PROVINCE_CODE = '440000';

export const isAgent = (actor: Actor) => actor.roles.some((r) => (AGENT_ROLES as readonly string[]).includes(r.role));

/** How the desk names who asked: the queue and the report group by it. */
export function requesterKindOf(actor: Actor): SupportRequesterKind {
  const roles = actor.roles.map((r) => r.role);
  if (actor.kind === 'learner' || roles.includes('learner')) return 'learner';
  if (roles.includes('institution_admin') || roles.includes('teacher')) return 'institution';
  if (roles.includes('regulator')) return 'regulator';
  return 'staff';
}

/** A requester sees their own tickets; agents see every ticket. Anyone else gets 404, not 403. */
export function canReadTicket(actor: Actor, requesterAccountId: string | null): boolean {
  return isAgent(actor) || requesterAccountId === actor.accountId;
}

/** The monthly SLA report is the platform's own, and the province's to supervise (M10). */
export function canSeeSlaReport(actor: Actor): boolean {
  return isAgent(actor) || actor.roles.some((r) => r.role === 'regulator' && r.scope.regionCode === PROVINCE_CODE);
}
