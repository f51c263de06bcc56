// A feedback host on a folder of the real disk (the tests use temporary folders), and made-up journals.
import { nodeHost } from '../../../src/cli/feedback-load';

/** The CLI's own host on a folder of the real disk: the tests read and write what `goedwerk` would. */
export const diskHost = nodeHost;

/** A journal of two beelden, fictional throughout. */
export const JOURNAL = `---
situatie: paniek-bij-oma
datum: 2024-03-12
auteur: Medewerker 7
---

# Paniek bij oma

## Kenmerkende ervaring
Oma belde in paniek: de jongen was niet thuisgekomen en zij wist niet wie ze moest bellen.

## Kennis
Ik wist hoe de crisisdienst werkt en wie die nacht bereikbaar was, en dat gaf rust.

## Deugden
- Geduld: ik liet haar eerst vertellen.
- Moed: ik nam zelf de beslissing.

# Loslaten na achttien

## Kenmerkende ervaring
Een jongere werd achttien en wilde geen hulp meer, terwijl ik zorgen had over zijn woonplek.

## Vrijheid
Hij mocht kiezen, ook als ik het anders zou doen.
`;
