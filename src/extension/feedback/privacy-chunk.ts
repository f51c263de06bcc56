// The privacy detectors carry a name lexicon of over a megabyte: feedback reaches them through a chunk
// (dist/feedback-privacy.js), required when a thread is first checked, so activation stays small.
import { lazy } from '../lazy';

export const feedbackPrivacy = lazy<typeof import('../../core/feedback/privacy')>('feedback-privacy');
