import { deviceTexts } from './texts';

type BrowserKey = keyof typeof deviceTexts.browsers;
type SystemKey = keyof typeof deviceTexts.systems;

// Order matters: in-app and vendor browsers also claim to be Chrome and Safari.
const BROWSERS: [RegExp, BrowserKey][] = [
  [/MicroMessenger/i, 'wechat'],
  [/QQBrowser/i, 'qq'],
  [/UCBrowser/i, 'uc'],
  [/360SE|360EE|QihooBrowser/i, '360'],
  [/Edg(e|A|iOS)?\//, 'edge'],
  [/Firefox\/|FxiOS/, 'firefox'],
  [/Chrome\/|CriOS/, 'chrome'],
  [/Safari\//, 'safari'],
];

const SYSTEMS: [RegExp, SystemKey][] = [
  [/iPhone/, 'iphone'],
  [/iPad/, 'ipad'],
  [/Android/, 'android'],
  [/Windows/, 'windows'],
  [/Mac OS X|Macintosh/, 'mac'],
  [/Linux/, 'linux'],
];

/** A login's user agent in plain words, e.g. "Chrome 浏览器 · Windows 电脑". */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return deviceTexts.unknown;
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const parts = [browser && deviceTexts.browsers[browser], system && deviceTexts.systems[system]].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : deviceTexts.unknown;
}
