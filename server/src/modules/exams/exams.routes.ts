import type { App } from '../../platform/http/server.js';
import { drawsRoutes } from './draws.routes.js';
import type { ExamsService } from './exams.service.js';
import { readinessRoutes } from './readiness.routes.js';
import { sitesRoutes } from './sites.routes.js';
import { staffRoutes } from './staff.routes.js';
import { violationsRoutes } from './violations.routes.js';

export function examsRoutes(app: App, exams: ExamsService): void {
  sitesRoutes(app, exams);
  readinessRoutes(app, exams);
  drawsRoutes(app, exams);
  staffRoutes(app, exams);
  violationsRoutes(app, exams);
}
