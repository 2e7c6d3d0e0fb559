import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditHeartbeat, type Heartbeat, type PlaybackState } from '../../src/modules/learning/integrity.credit.js';
import { MAX_CREDIT_PER_HEARTBEAT_SECONDS } from '../../src/modules/learning/integrity.rules.js';

/** DESIGN §5.2 replayed: each scripted cheat earns nothing; an honest viewer earns exactly the time watched. */
const DURATION = 600;
const fresh: PlaybackState = { lastSeq: 0, lastServerAt: null, lastPosition: 0, furthest: 0, watched: [] };
const beat = (seq: number, mediaPosition: number, extra: Partial<Heartbeat> = {}): Heartbeat => ({ seq, mediaPosition, playing: true, visible: true, focused: true, ...extra });

/** Feeds heartbeats at server times (seconds) and returns the total credit. */
function replay(steps: [number, Heartbeat][], start: PlaybackState = fresh, creditAllowed = true) {
  let state = start;
  let total = 0;
  const reasons: string[] = [];
  for (const [at, hb] of steps) {
    const v = creditHeartbeat(state, hb, { serverNow: at * 1000, lessonDuration: DURATION, creditAllowed });
    state = v.state;
    total += v.credit;
    reasons.push(v.reason);
  }
  return { total, state, reasons };
}

/** An honest viewer: a heartbeat every 15 s, media advancing 15 s each time. */
const honest = (from: number, count: number, seqStart = 1, timeStart = 0): [number, Heartbeat][] =>
  Array.from({ length: count }, (_, i) => [timeStart + i * 15, beat(seqStart + i, from + i * 15)]);

describe('heartbeat crediting (M24, DESIGN §5.2)', () => {
  it('credits an honest viewer exactly the media watched', () => {
    expect(replay(honest(0, 41)).total).toBe(600);
  });

  it('skipping ahead earns nothing for the skipped part or after it', () => {
    const { total, reasons } = replay([...honest(0, 3), [45, beat(4, 300)], [60, beat(5, 315)], [75, beat(6, 330)]]);
    expect(total).toBe(30);
    expect(reasons.slice(3)).toEqual(['too_fast', 'skipped_ahead', 'skipped_ahead']);
  });

  it('2× playback earns nothing', () => {
    const twice: [number, Heartbeat][] = Array.from({ length: 10 }, (_, i) => [i * 15, beat(i + 1, i * 30)]);
    expect(replay(twice).total).toBe(0);
  });

  it('a background tab or lost focus earns nothing', () => {
    const hidden: [number, Heartbeat][] = Array.from({ length: 10 }, (_, i) => [i * 15, beat(i + 1, i * 15, { visible: false })]);
    const blurred: [number, Heartbeat][] = Array.from({ length: 10 }, (_, i) => [i * 15, beat(i + 1, i * 15, { focused: false })]);
    expect(replay(hidden).total).toBe(0);
    expect(replay(blurred).total).toBe(0);
  });

  it('replayed, duplicated and out-of-order heartbeats earn nothing', () => {
    const first = replay(honest(0, 5));
    const again = replay([[75, beat(5, 60)], [90, beat(3, 75)], [105, beat(4, 90)]], first.state);
    expect(again.total).toBe(0);
    expect(again.reasons).toEqual(['duplicate', 'out_of_order', 'out_of_order']);
  });

  it('watching the same part again (or in a second tab) earns nothing', () => {
    const first = replay(honest(0, 21));
    const rewatch = replay(honest(0, 21, 22, 400), { ...first.state, lastPosition: 0 });
    expect(first.total).toBe(300);
    expect(rewatch.total).toBe(0);
  });

  it('a forged position or a client with a fast clock earns no more than server time allows', () => {
    // Heartbeats arriving every 5 s of server time while claiming 15 s of media each: too fast.
    const burst: [number, Heartbeat][] = Array.from({ length: 20 }, (_, i) => [i * 5, beat(i + 1, i * 15)]);
    expect(replay(burst).total).toBe(0);
    // Heartbeats held back offline and sent after an hour: at most one heartbeat's cap, not the hour.
    expect(replay([[0, beat(1, 0)], [3600, beat(2, 600)]]).total).toBe(MAX_CREDIT_PER_HEARTBEAT_SECONDS);
  });

  it('while crediting is blocked (pending challenge, overdue face check, daily cap) nothing is earned', () => {
    expect(replay(honest(0, 10), fresh, false).total).toBe(0);
  });

  it('never credits more than server time, the cap per heartbeat, or the lesson, for any sequence', () => {
    const arbBeat = fc.record({
      dt: fc.integer({ min: 0, max: 120 }),
      pos: fc.integer({ min: -50, max: 700 }),
      seq: fc.integer({ min: 0, max: 50 }),
      playing: fc.boolean(),
      visible: fc.boolean(),
      focused: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbBeat, { maxLength: 60 }), (beats) => {
        let state = fresh;
        let t = 0;
        let total = 0;
        for (const b of beats) {
          t += b.dt;
          const v = creditHeartbeat(state, { seq: b.seq, mediaPosition: b.pos, playing: b.playing, visible: b.visible, focused: b.focused }, { serverNow: t * 1000, lessonDuration: DURATION, creditAllowed: true });
          // Time runs from the last accepted heartbeat (rejected ones do not reset it).
          const sinceAccepted = state.lastServerAt === null ? 0 : t - state.lastServerAt / 1000;
          expect(v.credit).toBeLessThanOrEqual(Math.min(MAX_CREDIT_PER_HEARTBEAT_SECONDS, sinceAccepted) + 1e-9);
          expect(v.credit).toBeGreaterThanOrEqual(0);
          state = v.state;
          total += v.credit;
        }
        expect(total).toBeLessThanOrEqual(Math.min(DURATION, t) + 1e-9);
      }),
      { numRuns: 2000 },
    );
  });
});
