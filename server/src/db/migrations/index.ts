import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_foundation.js';
import * as m0002 from './0002_training_categories.js';
import * as m0003 from './0003_institutions.js';
import * as m0004 from './0004_uploads_and_courses.js';
import * as m0005 from './0005_learners_and_classes.js';
import * as m0006 from './0006_faces.js';
import * as m0007 from './0007_learning.js';
import * as m0008 from './0008_learning_snapshots.js';
import * as m0009 from './0009_assessments.js';
import * as m0010 from './0010_learning_settings.js';
import * as m0011 from './0011_certificates.js';
import * as m0012 from './0012_exams.js';
import * as m0013 from './0013_support.js';
import * as m0014 from './0014_offline_hours.js';
import * as m0015 from './0015_ratings_and_spot_checks.js';
import * as m0018 from './0018_enforcement.js';
import * as m0019 from './0019_exchange.js';
import * as m0017 from './0017_dashboards.js';
import * as m0021 from './0021_class_supervising_region.js';
import * as m0020 from './0020_comment_moderation.js';
import * as m0016 from './0016_oversight.js';
import * as m0022 from './0022_exchange_enforcement_feeds.js';

/** Forward-only migrations, in order. Listed statically so the compiled server and the tests load the same set. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_training_categories': m0002,
  '0003_institutions': m0003,
  '0004_uploads_and_courses': m0004,
  '0005_learners_and_classes': m0005,
  '0006_faces': m0006,
  '0007_learning': m0007,
  '0008_learning_snapshots': m0008,
  '0009_assessments': m0009,
  '0010_learning_settings': m0010,
  '0011_certificates': m0011,
  '0012_exams': m0012,
  '0013_support': m0013,
  '0014_offline_hours': m0014,
  '0015_ratings_and_spot_checks': m0015,
  '0018_enforcement': m0018,
  '0019_exchange': m0019,
  '0017_dashboards': m0017,
  '0020_comment_moderation': m0020,
  '0016_oversight': m0016,
  '0021_class_supervising_region': m0021,
  '0022_exchange_enforcement_feeds': m0022,
};
