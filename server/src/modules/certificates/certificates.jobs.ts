import type { JobDefinition } from '../../platform/jobs/jobs.js';
import type { CertificatesService } from './certificates.service.js';

/** M25 catch-up: certificates are issued on each credit; this finds any a failure left behind. */
export function certificatesJobs(certificates: CertificatesService): JobDefinition[] {
  return [
    {
      name: 'certificates.issue-missing',
      cron: '*/10 * * * *',
      retryLimit: 3,
      handler: async () => {
        await certificates.issueMissing();
      },
    },
  ];
}
