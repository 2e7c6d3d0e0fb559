import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { AuditService } from '../audit/index.js';
import type { CategoriesService } from '../categories/index.js';
import type { ClassesService } from '../classes/index.js';
import type { InstitutionsService } from '../institutions/index.js';
import type { UploadsService } from '../uploads/index.js';

/**
 * The seam to certificates (issue 9): whether a learner may sit the exam of a
 * category — they completed the training and hold a valid hour certificate.
 * app.ts passes the certificates check (a valid hour certificate of the category, M25).
 */
export type Eligibility = (learnerId: string, categoryId: string) => Promise<{ eligible: boolean; certificateNumber?: string; reason?: string }>;

export interface ExamsDeps {
  db: Db;
  clock: Clock;
  audit: AuditService;
  categories: CategoriesService;
  institutions: InstitutionsService;
  classes: ClassesService;
  uploads: UploadsService;
  eligibility: Eligibility;
}

