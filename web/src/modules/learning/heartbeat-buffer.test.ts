import { describe, expect, it } from 'vitest';
import { createBeatBuffer, flushBeats, type Beat } from './heartbeat-buffer';

const beat = (seq: number): Beat => ({ seq, mediaPosition: seq * 15, playing: true, visible: true, focused: true });
const offline = new Error('offline');
const isNetwork = (e: unknown) => e === offline;

describe('heartbeats buffered while the network is down', () => {
  it('go out oldest first once the line is back', async () => {
    const buffer = createBeatBuffer();
    [1, 2, 3].forEach((n) => buffer.push(beat(n)));
    const sent: number[] = [];
    await flushBeats(buffer, async (b) => sent.push(b.seq), isNetwork);
    expect(sent).toEqual([1, 2, 3]);
    expect(buffer.size).toBe(0);
  });

  it('stay queued, in order, when sending fails for lack of network', async () => {
    const buffer = createBeatBuffer();
    [1, 2, 3].forEach((n) => buffer.push(beat(n)));
    let calls = 0;
    await flushBeats(
      buffer,
      async () => {
        calls += 1;
        if (calls === 2) throw offline;
      },
      isNetwork,
    );
    expect(buffer.size).toBe(2);
    expect(buffer.peek()?.seq).toBe(2);
  });

  it('drop a beat the server refused and pass the refusal on', async () => {
    const buffer = createBeatBuffer();
    buffer.push(beat(1));
    const ended = new Error('LEARNING_SESSION_ENDED');
    await expect(flushBeats(buffer, async () => Promise.reject(ended), isNetwork)).rejects.toBe(ended);
    expect(buffer.size).toBe(0);
  });

  it('keep only the newest beats when the phone is offline for long', () => {
    const buffer = createBeatBuffer(3);
    [1, 2, 3, 4, 5].forEach((n) => buffer.push(beat(n)));
    expect(buffer.size).toBe(3);
    expect(buffer.peek()?.seq).toBe(3);
  });
});
