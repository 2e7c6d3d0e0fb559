// zh-CN rejection reasons, shown to the uploading teacher: each names what was measured and what M21 requires.

const fixed = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : n > 0 ? '+∞' : '-∞');
const signed = (n: number, digits: number) => (n > 0 ? `+${fixed(n, digits)}` : fixed(n, digits));
const percent = (ratio: number) => `${fixed(ratio * 100, ratio < 0.01 ? 2 : 1)}%`;

export const reasons = {
  unreadable: () => '文件无法识别为音视频，请导出为 MP4（H.264/AAC）或 MP3 后重新上传',
  durationUnknown: () => '无法读取媒体时长，请重新导出后上传',
  videoMissing: () => '文件中没有视频画面，视频课件须包含视频轨',
  resolution: (w: number, h: number, minW: number, minH: number) => `视频分辨率 ${w}×${h} 低于要求的 ${minW}×${minH}`,
  frameRateUnknown: () => '无法读取视频帧率',
  frameRate: (fps: number, min: number) => `视频帧率 ${fixed(fps, 2)} 帧/秒 低于要求的 ${min} 帧/秒`,
  timestampsUnknown: () => '无法读取视频帧时间戳，无法确认画面是否流畅，请以固定帧率重新导出',
  frameRateVariable: (variation: number, tolerance: number) =>
    `视频帧率不稳定：帧间隔波动 ${percent(variation)}，超过允许的 ${percent(tolerance)}，请以固定帧率重新导出`,
  frameContinuity: (dropped: number, duplicated: number, ratio: number, max: number) =>
    `视频存在丢帧或重复帧：丢帧 ${dropped} 帧、重复 ${duplicated} 帧，占 ${percent(ratio)}，超过允许的 ${percent(max)}`,
  audioMissing: () => '文件中没有音频轨，课件须有讲解声音',
  audioUndecodable: () => '音频无法解码，未能测量音量，请重新导出后上传',
  audioSilent: (peak: number, threshold: number) => `音频全程无声：最大电平 ${fixed(peak, 1)} dBFS，低于 ${threshold} dBFS`,
  avOffsetUnknown: () => '无法读取音频或视频的起始时间，无法确认音画同步',
  avOffset: (offsetMs: number, max: number) =>
    `音画不同步：声音比画面${offsetMs > 0 ? '晚' : '早'} ${Math.round(Math.abs(offsetMs))} 毫秒，允许偏差为 ±${max} 毫秒`,
  loudness: (lufs: number, min: number, max: number) =>
    `音量${lufs < min ? '过小' : '过大'}：整体响度 ${fixed(lufs, 1)} LUFS，要求在 ${min} 至 ${max} LUFS 之间`,
  clipping: (truePeak: number, max: number) => `音频削波失真：真峰值 ${signed(truePeak, 1)} dBTP，超过允许的 ${signed(max, 1)} dBTP`,
};
