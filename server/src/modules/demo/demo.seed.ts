import type { Db } from '../../platform/db/database.js';
import type { AssessmentsService } from '../assessments/index.js';
import { SYSTEM_ACTOR } from '../audit/index.js';
import type { IdentityService } from '../identity/index.js';
import type { InstitutionsService } from '../institutions/index.js';
import { DEMO_INSTITUTION, DEMO_LEARNER, DEMO_PASSWORD, DEMO_STAFF } from './demo.accounts.js';
import { DEMO_BANK_CATEGORY, DEMO_QUESTIONS } from './demo.questions.js';

/** Loads the demo accounts once; a second start finds them and keeps the data. */
export async function seedDemo(db: Db, services: { identity: IdentityService; institutions: InstitutionsService; assessments: AssessmentsService }): Promise<boolean> {
  const { identity, institutions, assessments } = services;
  const existing = await db.selectFrom('accounts').select('id').where('is_demo', '=', true).limit(1).executeTakeFirst();
  if (existing) return false;
  const by = { ...SYSTEM_ACTOR, role: 'system:demo-seed' };
  for (const staff of DEMO_STAFF) {
    // Demo staff can also sign in through the demo unified-identity provider (M11) with the same name.
    await identity.createStaffAccount({ ...staff, password: DEMO_PASSWORD, oidcSubject: staff.username, isDemo: true }, by);
  }
  await identity.createLearnerAccount({ ...DEMO_LEARNER, password: DEMO_PASSWORD, isDemo: true }, by);
  await institutions.importRegistered(DEMO_INSTITUTION, by);
  const admin = await db.selectFrom('accounts').select('id').where('username', '=', 'demo-inst').executeTakeFirstOrThrow();
  await assessments.banks.seed(DEMO_INSTITUTION.institution.id, DEMO_BANK_CATEGORY, DEMO_QUESTIONS, admin.id, by);
  return true;
}

/** Production refuses to run while demo accounts (with their published password) are active. */
export async function hasActiveDemoAccounts(db: Db): Promise<boolean> {
  const row = await db.selectFrom('accounts').select('id').where('is_demo', '=', true).where('status', '=', 'active').limit(1).executeTakeFirst();
  return Boolean(row);
}
