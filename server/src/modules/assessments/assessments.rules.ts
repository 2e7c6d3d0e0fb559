/**
 * The constants of course tests (M23, M24, M25), each with its reason.
 * docs/integrity.md lists them. Pass mark and retake policy are the
 * provincial regulator's settings; these are the defaults until it sets them.
 */

/** Pass mark out of 100 until the province sets one for the category (issue 6: default 80). */
export const DEFAULT_PASS_MARK = 80;
/** Attempts per test until the province sets a number: enough for an honest retry, too few to learn the bank by guessing. */
export const DEFAULT_MAX_ATTEMPTS = 3;
/** Minutes between attempts until the province sets a cool-down: time to study, not to retry blindly. */
export const DEFAULT_COOLDOWN_MINUTES = 30;
/** Random face checks during a test: every 5–15 minutes (M24 "全流程覆盖"), so a 60-minute test has several. */
export const TEST_FACE_CHECK_INTERVAL_SECONDS: readonly [number, number] = [300, 900];
/** A due check must be passed within this time; missing it voids the attempt. */
export const TEST_FACE_CHECK_GRACE_SECONDS = 90;
/** Away from the page this long: a face check is due on return (someone else may have taken over). */
export const LEAVE_FACE_CHECK_AFTER_SECONDS = 30;
/** Answers arriving this late after the time limit still count (network delay on phones); later ones do not. */
export const SUBMIT_GRACE_SECONDS = 30;
/** Face decisions that show another person, a helper or a photo: the attempt is voided at once. */
export const VOIDING_FACE_DECISIONS: readonly string[] = ['MISMATCH', 'MULTIPLE_FACES', 'SPOOF'];
