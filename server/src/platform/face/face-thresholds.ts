/**
 * Face-check thresholds of the built-in engine (M24). One place, each with
 * why; measured figures are in docs/integrity.md ("Face checks").
 * A certified external service applies its own certified thresholds.
 */

/**
 * Cosine similarity (0..1) at or above which two templates are the same
 * person. Measured: different people reach 0.63 (297 pairs); one person's
 * frames of a sitting stay above 0.80; one man's photos years apart score
 * 0.62–0.73. Set 0.07 above the worst impostor: a false accept is proxy
 * learning, a false reject asks the learner to try again (and is a reason to
 * re-enrol each course, so the template stays recent).
 */
export const MATCH_THRESHOLD = 0.7;

/** Narrowest face box (px) accepted: below it the 1024-d descriptor degrades and a face in the background could pass. */
export const MIN_FACE_SIZE_PX = 100;

/**
 * Faces at least this wide count towards "several faces". Smaller ones are
 * posters or people far behind; a helper at the learner's side is larger.
 */
export const MIN_COUNTED_FACE_PX = 60;

/** Detector confidence below which a box is not treated as a face at all. */
export const MIN_DETECTION_CONFIDENCE = 0.5;

/** Quality (detector confidence × sharpness × size, 0..1) below which the image is LOW_QUALITY: stops most re-photographed prints, which the spoof models pass. */
export const MIN_QUALITY = 0.5;

/** Laplacian standard deviation of the face crop that counts as fully sharp (see face-image.ts): sample faces 8–29, blurred or printed copies 2–6. */
export const SHARPNESS_FOR_FULL_QUALITY = 12;

/** Face width (px) that counts as fully sized; smaller faces lower the quality linearly. */
export const FACE_SIZE_FOR_FULL_QUALITY = 128;

/** Head turned left/right more than this (radians, ≈ 30°) hides half the face: LOW_QUALITY, ask to face the camera. */
export const MAX_YAW_RAD = 0.52;

/** Head tilted up/down more than this (radians, ≈ 25°). */
export const MAX_PITCH_RAD = 0.44;

/**
 * Anti-spoofing score (1 = real) below which the image is a photo or screen:
 * SPOOF. Low because the model is weak: genuine sample faces score 0.35–0.86,
 * simulated prints 0.6–0.8; it catches only blatant cases.
 */
export const MIN_ANTISPOOF = 0.3;

/** Liveness score (1 = live) below which the image is not a live person: SPOOF. Genuine sample faces mostly score 0.44–1 (one read 0.13). */
export const MIN_LIVENESS = 0.3;

/** Width the face crop is resampled to before measuring sharpness. */
export const SHARPNESS_SAMPLE_WIDTH_PX = 128;

/** Longest side the image is scaled down to before detection (a camera frame needs no more). */
export const MAX_IMAGE_SIDE_PX = 1280;

/** Refuse decoding images above this many pixels (decompression bombs). */
export const MAX_INPUT_PIXELS = 40_000_000;

/** Faces the detector looks for: more than one is already a failure, a few more cost little. */
export const MAX_FACES_DETECTED = 5;

/** Side of the grid (px, nearest-neighbour, so noise is not averaged away) on which two frames of one check are compared. */
export const STILL_FRAME_SAMPLE_PX = 160;

/**
 * Two frames of one check differing by less than this (mean grey levels)
 * are one still picture: SPOOF. Measured on the fixtures (docs/integrity.md
 * "Still pictures"): a frame against itself 0, against its own JPEG
 * re-encoding at quality 95 0.05–0.22 (85: 0.17–0.52); two frames of a camera
 * with faint sensor noise (σ 2) 1.02–1.10, σ 1 against a clean frame 0.31–0.55.
 * Set low: a false SPOOF would accuse an honest learner.
 */
export const STILL_FRAME_MAX_DIFFERENCE = 0.3;
