import type { BodyOf, ResponseOf } from '../../api/types';

export type SignalPage = ResponseOf<'/api/v1/enforcement/signals', 'get'>;
export type Signal = SignalPage['items'][number];
export type SignalKind = Signal['kind'];
export type SignalDetail = ResponseOf<'/api/v1/enforcement/signals/{id}', 'get'>;

export type InspectionPlan = ResponseOf<'/api/v1/enforcement/inspections', 'get'>;
export type Inspection = InspectionPlan['inspections'][number];
export type Coverage = InspectionPlan['institutions'][number];
export type InspectionDetail = ResponseOf<'/api/v1/enforcement/inspections/{id}', 'get'>;
export type NewInspection = BodyOf<'/api/v1/enforcement/inspections', 'post'>;
export type Findings = BodyOf<'/api/v1/enforcement/inspections/{id}/findings', 'post'>;
export type FindingResult = Findings['findings'][number]['result'];

export type CasePage = ResponseOf<'/api/v1/enforcement/cases', 'get'>;
export type CaseSummary = CasePage['items'][number];
export type CaseDetail = ResponseOf<'/api/v1/enforcement/cases/{id}', 'get'>;
export type Measure = CaseDetail['measures'][number];
export type MeasureKind = Measure['kind'];
export type NewCase = BodyOf<'/api/v1/enforcement/cases', 'post'>;
export type NewMeasure = BodyOf<'/api/v1/enforcement/cases/{id}/measures', 'post'>;
export type ReferralCategory = NonNullable<NewMeasure['referralCategory']>;

export type Orders = ResponseOf<'/api/v1/enforcement/orders', 'get'>;
export type Order = Orders['items'][number];

export type SanctionPage = ResponseOf<'/api/v1/public/sanctions', 'get'>;
export type PublicSanction = SanctionPage['items'][number];
