import type { QuestionInput } from '../assessments/index.js';

/** The demo category: 低压电工作业 (special work 1.1), the category of the demo institution's classes. */
export const DEMO_BANK_CATEGORY = 'special_work:30号令-2015:1.1';

const judge = (topic: string, stem: string, right: boolean): QuestionInput => ({ kind: 'judge', topic, stem, options: ['正确', '错误'], answer: [right ? 0 : 1] });

/**
 * A small demo bank (issue 6) so the demo learner can take a test: three
 * topics of low-voltage electrical safety, all three kinds of question.
 */
export const DEMO_QUESTIONS: QuestionInput[] = [
  { kind: 'single', topic: '电工基础知识', stem: '我国工频交流电的频率是多少？', options: ['50 Hz', '60 Hz', '100 Hz', '25 Hz'], answer: [0] },
  { kind: 'single', topic: '电工基础知识', stem: '低压电气设备是指对地电压在多少伏及以下的设备？', options: ['36 V', '220 V', '1000 V', '380 V'], answer: [2] },
  { kind: 'single', topic: '电工基础知识', stem: '测量电气设备的绝缘电阻，应使用哪种仪表？', options: ['万用表', '兆欧表（摇表）', '钳形电流表', '电能表'], answer: [1] },
  { kind: 'multiple', topic: '电工基础知识', stem: '下列哪些材料属于绝缘材料？', options: ['橡胶', '铜', '陶瓷', '塑料'], answer: [0, 2, 3] },
  judge('电工基础知识', '电流通过人体的途径中，从手到脚的途径最安全。', false),
  { kind: 'single', topic: '安全用电技术', stem: '在潮湿场所使用的手持照明灯，电压不应超过多少？', options: ['12 V', '36 V', '110 V', '220 V'], answer: [0] },
  { kind: 'single', topic: '安全用电技术', stem: '停电检修时，在一经合闸即可送电到工作地点的开关上，应悬挂哪种标示牌？', options: ['止步，高压危险！', '禁止合闸，有人工作！', '在此工作！', '从此上下！'], answer: [1] },
  { kind: 'multiple', topic: '安全用电技术', stem: '停电作业保证安全的技术措施包括哪些？', options: ['停电', '验电', '装设接地线', '悬挂标示牌和装设遮栏'], answer: [0, 1, 2, 3] },
  { kind: 'multiple', topic: '安全用电技术', stem: '下列属于防止直接接触电击的措施有哪些？', options: ['绝缘', '屏护', '安全间距', '提高用电量'], answer: [0, 1, 2] },
  judge('安全用电技术', '剩余电流动作保护装置（漏电保护器）安装后，可以不再采取其他防触电措施。', false),
  judge('安全用电技术', '验电前，应先在有电设备上确认验电器良好。', true),
  { kind: 'single', topic: '电气防火与急救', stem: '电气设备发生火灾时，首先应当怎样做？', options: ['用水扑救', '切断电源', '打开门窗通风', '离开现场等待'], answer: [1] },
  { kind: 'single', topic: '电气防火与急救', stem: '带电灭火时，不能使用哪种灭火器？', options: ['二氧化碳灭火器', '干粉灭火器', '泡沫灭火器', '六氟丙烷灭火器'], answer: [2] },
  { kind: 'multiple', topic: '电气防火与急救', stem: '发现有人触电，下列做法正确的是？', options: ['立即切断电源', '用干燥的木棒挑开电线', '直接用手拉开触电者', '呼救并拨打120'], answer: [0, 1, 3] },
  judge('电气防火与急救', '对心跳、呼吸停止的触电者，应立即进行心肺复苏。', true),
  judge('电气防火与急救', '电气线路过载不会引起火灾。', false),
];
