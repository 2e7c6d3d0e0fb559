import { parentPort } from 'node:worker_threads';
import { renderCertificatePdf, type PrintableCertificate } from './certificates.pdf.js';

/** One rendering thread of the pool (certificates.render-pool.ts): a certificate in, its PDF bytes out. */
parentPort!.on('message', (job: { id: number; certificate: PrintableCertificate }) => {
  renderCertificatePdf(job.certificate).then(
    (bytes) => parentPort!.postMessage({ id: job.id, bytes }, [bytes.buffer as ArrayBuffer]),
    (error: unknown) => parentPort!.postMessage({ id: job.id, error: String(error) }),
  );
});
