// The registry of rules, in the order of the format contract's table.
import type { RuleId } from '../model';
import type { Rule } from './types';
import { titelOntbreekt } from './titel-ontbreekt';
import { ervaringOntbreekt } from './ervaring-ontbreekt';
import { elementOntbreekt } from './element-ontbreekt';
import { uitwerkingOntbreekt } from './uitwerking-ontbreekt';
import { drieEOnvolledig } from './3e-onvolledig';
import { deugdOnbekend } from './deugd-onbekend';
import { sectieDubbel } from './sectie-dubbel';
import { frontmatterOngeldig } from './frontmatter-ongeldig';
import { situatieOnbekend } from './situatie-onbekend';
import { privacy } from './privacy';
import { sessieOngeldig } from './sessie-ongeldig';

export type { Rule, RawFinding, RuleContext } from './types';

export const RULES: Record<RuleId, Rule> = {
  'titel-ontbreekt': titelOntbreekt,
  'ervaring-ontbreekt': ervaringOntbreekt,
  'element-ontbreekt': elementOntbreekt,
  'uitwerking-ontbreekt': uitwerkingOntbreekt,
  '3e-onvolledig': drieEOnvolledig,
  'deugd-onbekend': deugdOnbekend,
  'sectie-dubbel': sectieDubbel,
  'frontmatter-ongeldig': frontmatterOngeldig,
  'situatie-onbekend': situatieOnbekend,
  privacy,
  'sessie-ongeldig': sessieOngeldig,
};

/** Where each rule's documentation page lives, relative to the repository (the server links to it). */
export function ruleDocPath(id: RuleId): string {
  return `docs/rules/${id}.md`;
}
