import type { ResponseOf } from '../../api/types';

export type Verification = ResponseOf<'/api/v1/public/certificates/{number}', 'get'>;
export type CertificateContent = Verification['content'];
export type CertificateSummary = ResponseOf<'/api/v1/me/certificates', 'get'>['items'][number];
export type CertificateStatus = CertificateSummary['status'];
export type ClassCertificates = ResponseOf<'/api/v1/classes/{id}/certificates', 'get'>;
export type ClassSummary = ResponseOf<'/api/v1/classes', 'get'>['items'][number];
