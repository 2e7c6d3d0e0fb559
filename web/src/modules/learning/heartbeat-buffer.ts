import type { BodyOf } from '../../api/types';

/**
 * Heartbeats the phone could not send (lost network) wait here, oldest first,
 * and go out in order when the line is back (DESIGN §5.2). The server still
 * judges every one by its own clock, so a burst of late heartbeats earns no
 * more than the time that really passed — usually nothing.
 */
export type Beat = BodyOf<'/api/v1/learning/sessions/{id}/heartbeats', 'post'>;

/** About ten minutes at the default 15 s interval; older ones would earn nothing anyway. */
export const MAX_BUFFERED_BEATS = 40;

export function createBeatBuffer(max = MAX_BUFFERED_BEATS) {
  const queue: Beat[] = [];
  return {
    push(beat: Beat) {
      queue.push(beat);
      if (queue.length > max) queue.splice(0, queue.length - max);
    },
    peek: (): Beat | undefined => queue[0],
    drop() {
      queue.shift();
    },
    get size() {
      return queue.length;
    },
  };
}

export type BeatBuffer = ReturnType<typeof createBeatBuffer>;

/**
 * Sends what is waiting, in order. Stops at the first network failure (kept
 * for later); any other failure is the server's answer and is passed on.
 */
export async function flushBeats<T>(buffer: BeatBuffer, send: (beat: Beat) => Promise<T>, isNetworkFailure: (error: unknown) => boolean): Promise<T[]> {
  const answers: T[] = [];
  for (let beat = buffer.peek(); beat; beat = buffer.peek()) {
    try {
      answers.push(await send(beat));
    } catch (error) {
      if (isNetworkFailure(error)) break;
      buffer.drop();
      throw error;
    }
    buffer.drop();
  }
  return answers;
}
