import { randomBytes } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_FORMAT, type CertificateContent } from '../../src/modules/certificates/certificates.content.js';
import { createRenderPool } from '../../src/modules/certificates/certificates.render-pool.js';
import { compactPayload, sealContent } from '../../src/modules/certificates/certificates.seal.js';
import { verifyPdfOffline } from '../../src/modules/certificates/certificates.verify.js';
import { createSigner } from '../../src/platform/crypto/signing.js';

/** M25: PDFs rendered on worker threads are the same verifiable documents, byte for byte, whichever thread made them. */
const signer = createSigner(randomBytes(32));
const pool = createRenderPool(2);
afterAll(() => pool.close());

function certificate(name: string): Parameters<typeof pool.render>[0] {
  const content: CertificateContent = {
    format: CONTENT_FORMAT,
    number: 'XK-2026-4401-000007-1',
    version: 1,
    supersedes: null,
    learner: { name, idNumberMasked: '4401**********1235', employer: null },
    training: { categoryId: 'c', categoryName: '低压电工作业', trainingType: 'refresher' },
    institution: { name: '广州市安培职业培训学校', creditCode: '52440100MA5AQ7K11D' },
    class: { name: '低压电工复训班', cityCode: '440100', startsOn: '2026-11-01', endsOn: '2026-11-30' },
    hours: { required: { theoryHours: 24, practicalHours: 0, maxOnlineHours: 24 }, onlineSeconds: 64_800, offlineSeconds: 0, countedOnlineSeconds: 64_800, totalStudyHours: 24, courses: [] },
    tests: [],
    period: { firstStudyAt: '2026-11-02T01:00:00Z', lastStudyAt: '2026-11-20T01:00:00Z' },
    issuedAt: '2026-11-20T02:00:00Z',
    keyId: signer.keyId,
  };
  const sealed = sealContent(content, signer);
  const payload = compactPayload({ n: content.number, h: sealed.contentHash, nm: name, id: '4401**********1235', hrs: 24, d: '2026-11-20', k: signer.keyId }, signer);
  return { content, ...sealed, payload, verifyUrl: `https://xunkao.example/verify/${content.number}?p=${payload}` };
}

describe('the certificate render pool', () => {
  it('renders concurrently on its threads, each PDF verifiable offline', async () => {
    const names = ['张三', '李四', '王五', '欧阳晓明'];
    const pdfs = await Promise.all(names.map((n) => pool.render(certificate(n))));
    for (const [i, pdf] of pdfs.entries()) {
      const verdict = await verifyPdfOffline(pdf, signer.publicKeyPem);
      expect(verdict).toMatchObject({ valid: true, fields: { nm: names[i] } });
      expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    }
  });

  it('renders the same certificate to the same bytes on any thread', async () => {
    const [a, b, c] = await Promise.all([pool.render(certificate('张三')), pool.render(certificate('张三')), pool.render(certificate('张三'))]);
    expect(Buffer.from(a!).equals(Buffer.from(b!))).toBe(true);
    expect(Buffer.from(a!).equals(Buffer.from(c!))).toBe(true);
  });
});
