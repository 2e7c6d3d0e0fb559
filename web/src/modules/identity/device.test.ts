import { describe, expect, it } from 'vitest';
import { describeDevice } from './device';

describe('describeDevice', () => {
  it('names desktop Chrome on Windows', () => {
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
    expect(describeDevice(ua)).toBe('Chrome 浏览器 · Windows 电脑');
  });

  it('names WeChat on an Android phone before the Chrome it embeds', () => {
    const ua = 'Mozilla/5.0 (Linux; Android 13; V2219A) AppleWebKit/537.36 Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.47';
    expect(describeDevice(ua)).toBe('微信 · 安卓手机');
  });

  it('names Safari on an iPhone', () => {
    const ua = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Version/17.4 Mobile/15E148 Safari/604.1';
    expect(describeDevice(ua)).toBe('Safari 浏览器 · iPhone');
  });

  it('says unknown for a missing or unrecognised agent', () => {
    expect(describeDevice(null)).toBe('未知设备');
    expect(describeDevice('curl/8.0')).toBe('未知设备');
  });
});
