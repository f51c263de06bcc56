import * as assert from 'node:assert/strict';
import { MAX_SESSION_MINUTES, formatHours, formatMinutes, parseDuration } from '../../../src/core/reflectie/duration';

const minutes = (v: unknown) => {
  const d = parseDuration(v);
  return 'minutes' in d ? d.minutes : d.problem;
};

describe('reflectie: the duration parser', () => {
  it('reads the ways the issue names: 90, 1u30, 1:30, 1,5 uur, 45 min, 1h30', () => {
    assert.equal(minutes('90'), 90);
    assert.equal(minutes(90), 90, 'YAML gives a bare number as a number');
    assert.equal(minutes('1u30'), 90);
    assert.equal(minutes('1:30'), 90);
    assert.equal(minutes('1,5 uur'), 90);
    assert.equal(minutes('45 min'), 45);
    assert.equal(minutes('1h30'), 90);
  });

  it('reads the variants people write, Dutch and English, in any case and spacing', () => {
    const cases: [string, number][] = [
      ['1 uur 30 min', 90], ['1 uur en 30 minuten', 90], ['1U30', 90], ['2 uur', 120], ['2 uren', 120], ['1u', 60],
      ['1.5 uur', 90], ['45 minuten', 45], ['45min.', 45], ['45 m', 45], ['1h 30m', 90], ['1 hour 30 minutes', 90],
      ['2 hours', 120], ['1.5h', 90], ['90 mins', 90], ['0:45', 45], ['PT1H30M', 90], ['pt45m', 45],
      ['anderhalf uur', 90], ['een uur', 60], ['één uur', 60], ['twee uur', 120], ['half uur', 30], ['een half uur', 30],
      ['kwartier', 15], ['driekwartier', 45], ['an hour', 60], ['half an hour', 30], ['  1 u 15  ', 75],
    ];
    for (const [text, expected] of cases) assert.equal(minutes(text), expected, text);
  });

  it('rounds to whole minutes', () => {
    assert.equal(minutes('1,33 uur'), 80);
    assert.equal(minutes('0,1 uur'), 6);
  });

  it('refuses what cannot be a session: zero, too long, unreadable, ambiguous', () => {
    assert.equal(minutes('0'), 'nul');
    assert.equal(minutes('0:00'), 'nul');
    assert.equal(minutes(0), 'nul');
    assert.equal(minutes(-30), 'nul');
    assert.equal(minutes(String(MAX_SESSION_MINUTES + 1)), 'te-lang');
    assert.equal(minutes('13 uur'), 'te-lang');
    assert.equal(minutes(String(MAX_SESSION_MINUTES)), MAX_SESSION_MINUTES);
    for (const bad of ['een tijdje', '', '  ', '1:75', '1u75', 'uur', '90 sec', 'x90', '1-2 uur']) assert.equal(minutes(bad), 'onleesbaar', bad);
    assert.equal(minutes('1.5'), 'dubbelzinnig');
    assert.equal(minutes('1,5'), 'dubbelzinnig');
    assert.equal(minutes(1.5), 'dubbelzinnig');
    for (const odd of [null, undefined, true, [], {}, Number.NaN, Infinity]) assert.equal(minutes(odd), 'onleesbaar', String(odd));
  });

  it('writes minutes and hours the way each language reads them', () => {
    assert.equal(formatMinutes(90, 'nl'), '1 uur 30 min');
    assert.equal(formatMinutes(90, 'en'), '1 h 30 min');
    assert.equal(formatMinutes(45, 'nl'), '45 min');
    assert.equal(formatMinutes(120, 'nl'), '2 uur');
    assert.equal(formatHours(255, 'nl'), '4,25');
    assert.equal(formatHours(255, 'en'), '4.25');
    assert.equal(formatHours(100, 'nl'), '1,67');
    assert.equal(formatHours(0, 'en'), '0');
  });
});
