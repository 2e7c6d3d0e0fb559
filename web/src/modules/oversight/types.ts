import type { BodyOf, ResponseOf } from '../../api/types';

export type InstitutionRow = ResponseOf<'/api/v1/oversight/institutions', 'get'>['items'][number];
export type ClassRow = ResponseOf<'/api/v1/oversight/classes', 'get'>['items'][number];
export type EnrolmentRow = ResponseOf<'/api/v1/oversight/enrolments', 'get'>['items'][number];
export type HoursRow = ResponseOf<'/api/v1/oversight/hours', 'get'>['items'][number];
export type RatingRow = ResponseOf<'/api/v1/oversight/ratings', 'get'>['items'][number];
export type FaceCheckRow = ResponseOf<'/api/v1/oversight/face-checks', 'get'>['items'][number];
export type InstitutionFaceCheckRow = ResponseOf<'/api/v1/oversight/institution-face-checks', 'get'>['items'][number];
export type CertificateRow = ResponseOf<'/api/v1/oversight/certificates', 'get'>['items'][number];

export type ListKind = BodyOf<'/api/v1/oversight/exports', 'post'>['kind'];
export type ExportStatus = ResponseOf<'/api/v1/oversight/exports/{id}', 'get'>;
export type RegionSummary = ResponseOf<'/api/v1/oversight/regions/{code}', 'get'>;
export type InstitutionSummary = ResponseOf<'/api/v1/oversight/institutions/{id}', 'get'>;
export type ClassSummary = ResponseOf<'/api/v1/oversight/classes/{id}', 'get'>;

export interface RowOf {
  institutions: InstitutionRow;
  classes: ClassRow;
  enrolments: EnrolmentRow;
  hours: HoursRow;
  ratings: RatingRow;
  'face-checks': FaceCheckRow;
  'institution-face-checks': InstitutionFaceCheckRow;
  certificates: CertificateRow;
}

/** What the filter bar sets; sent as query parameters (lists) or as the export's filters. */
export interface Filters {
  cityCode?: string;
  countyCode?: string;
  institutionId?: string;
  classId?: string;
  categoryId?: string;
  status?: string;
  from?: string;
  to?: string;
  q?: string;
  sort?: string;
  order?: 'asc' | 'desc';
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
