/** The violations and measures the rules name, per kind of subject. */

/** N3.2: the eight kinds of exam-site violation. */
export const SITE_VIOLATION_KINDS = {
  improper_qualification: '以不正当手段协助他人取得考试资格、违规组织跨地市考试或出租出借考试点资格',
  unprepared: '考场存在安全隐患、考试准备不到位或考试视频监控未按要求录制存档',
  leak: '泄漏题库、考试题目或其他考务工作秘密',
  assisting: '指使、串通、纵容、提示答案等协助考生考试',
  discipline: '考场网络接入非考试设备、擅自改变已验收的考场设置或设备（含IP地址）、未开启或擅自关闭摄像机、考场秩序混乱或较大范围作弊',
  unapproved_change: '擅自改变考试开始时间、结束时间或考试地点',
  bribery: '利用考试工作之便索贿、受贿或谋取其他不正当利益',
  other_neglect: '其他不履行职责的行为',
} as const;

/** N3.3: exam institutions. */
export const EXAM_INSTITUTION_VIOLATION_KINDS = {
  no_cross_exam: '未按规定落实“交叉考试”要求',
  disorder: '考试组织和管理工作不到位，导致考试秩序混乱',
} as const;

/** N3.4: exam staff, handled by the exam-administration rules. */
export const STAFF_VIOLATION_KINDS = {
  leak: '泄漏考题、答案或其他考务工作秘密',
  assisting: '串通作弊或协助考生考试',
  bribery: '索贿、受贿或谋取其他不正当利益',
  other_neglect: '其他违反考务管理规定的行为',
} as const;

export const VIOLATION_KINDS = { site: SITE_VIOLATION_KINDS, exam_institution: EXAM_INSTITUTION_VIOLATION_KINDS, staff: STAFF_VIOLATION_KINDS } as const;

export type SubjectType = keyof typeof VIOLATION_KINDS;

/** N3.2–N3.4: the measures each kind of subject can receive. */
export const MEASURES = {
  site: ['rectify', 'suspend', 'revoke', 'referral'],
  exam_institution: ['criticism', 'rectify', 'provincial_notice', 'interview', 'lose_organising_right'],
  staff: ['criticism', 'removal', 'referral'],
} as const satisfies Record<SubjectType, readonly string[]>;

export type Measure = (typeof MEASURES)[SubjectType][number];

/** Measures published to the public (N3: violations are punished and published). */
export const PUBLISHED_MEASURES: readonly Measure[] = ['suspend', 'revoke', 'criticism', 'provincial_notice', 'lose_organising_right'];
