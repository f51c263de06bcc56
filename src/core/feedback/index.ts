// Feedback on a beeld: the front door of src/core/feedback/.
export * from './model';
export { FORMAT_VERSION, GITATTRIBUTES, appendEntry, entryText, newThreadText, parseThread, type NewEntry } from './format';
export { isoLocal, parseReadableDate, randomId, readableDate, timeOf } from './ids';
export { fingerprint, fingerprintSimilarity, textSimilarity } from './fingerprint';
export { MAX_QUOTE, anchorAt, currentAnchor, findQuote, matchBeeld, placeAnchor, type AnchorOptions, type Placement, type PlacementState } from './anchor';
export { JournalTexts, placeThreads, type PlacedThread } from './place';
export { MARK_KEY, isMarked, markFromValue, readFeedbackMark, readWriter, setFeedbackMarkEdit, type FeedbackMark } from './mark';
export { answeredFor, beeldFeedback, emptyFeedback, samePerson, threadsByBeeld, type BeeldFeedback } from './summary';
export { detachedCount, withFeedback } from './stats';
export { checkFeedbackText, checkThreadPrivacy, feedbackRootOfPath, isFeedbackPath, maskPrivacy, privacyKindsIn, privacyMessage, privacySeverity, teamPrivacyOf, type FeedbackFindOptions, type FeedbackPrivacyFinding, type FeedbackPrivacyOptions, type PrivacyFinder } from './privacy';
export { MAX_THREAD_BYTES, addEntry, loadThreads, pickFeedbackRoot, startThread, threadFileName, type EntryInput, type FeedbackHost, type LoadedFeedback } from './store';
