/**
 * M9: the prohibited categories, after the national rules on online content
 * (《网络信息内容生态治理规定》 art. 6) plus what a training platform must not
 * carry (M16: false advertising, proxy learning).
 */
export const MODERATION_CATEGORIES = {
  state_security: '危害国家安全、破坏民族团结',
  rumour: '散布谣言、扰乱秩序',
  obscenity: '淫秽色情',
  gambling: '赌博',
  violence_terror: '暴力恐怖、教唆犯罪',
  fraud: '诈骗、代学代考、伪造证书',
  false_advertising: '虚假宣传',
  insult: '侮辱诽谤',
  other: '其他违法违规内容',
} as const;
export type ModerationCategory = keyof typeof MODERATION_CATEGORIES;
