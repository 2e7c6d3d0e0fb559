import { Type } from 'typebox';

/** A camera frame as base64 JPEG/PNG: about 100–400 KB each. */
export const Frame = Type.String({ minLength: 100, maxLength: 2_000_000, contentEncoding: 'base64' });

/** A live capture's two frames, with room for the rest of a small JSON body. */
export const FRAME_BODY_LIMIT = 6 * 1024 * 1024;

/**
 * A live check sends two frames taken about half a second apart (M24): the
 * first is judged and kept as evidence, the second must show the same person
 * and must differ from the first as any camera's frames do — a still picture
 * played as a camera, or one photo posted twice, does not.
 */
export const LiveFrames = {
  image: Frame,
  nextFrame: Type.String({ ...Frame, description: '约0.5秒后的第二帧，用于活体（静态画面）判断' }),
};

export interface LiveCapture {
  image: Buffer;
  /** Absent only where a person supervises the capture (classroom sign-in by the institution). */
  nextFrame?: Buffer;
}

export const decodeFrame = (frame: string) => Buffer.from(frame, 'base64');

export const liveCapture = (body: { image: string; nextFrame: string }): Required<LiveCapture> => ({ image: decodeFrame(body.image), nextFrame: decodeFrame(body.nextFrame) });
