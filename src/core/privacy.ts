// The privacy detectors, in src/core/privacy/. This module is their front door.
export * from './privacy/kinds';
export { findBsn, findEmail, findIban, findPhone, isValidBsn, isValidIban, phoneAt } from './privacy/identifiers';
export { findPostcodes } from './privacy/postcode';
export { findAddresses } from './privacy/address';
export { findBirthDates } from './privacy/birthdate';
export { findInstitutions } from './privacy/institutions';
export { findNames, type NameHit, type NameOptions } from './privacy/names';
export { findPrivacyHits, findStructured, type AnyHit, type FindOptions } from './privacy/find';
export { lexicon } from './privacy/lexicon';
export { maskFor, peopleOf, personAt, pseudonymEdits, type Person, type ReplacementMode } from './privacy/pseudonym';
