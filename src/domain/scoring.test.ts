import { describe, expect, it } from 'vitest';
import { seed } from '../../seed/seed';
import { loadGazetteer } from './gazetteer';
import { INELIGIBLE, explainPair, prepareMentee, prepareMentor, quickScore } from './scoring';
import { DEFAULT_SETTINGS } from './settings';

const today = new Date('2026-11-27T10:00:00Z');
const data = seed('demo', today);
const settings = DEFAULT_SETTINGS;
const gazetteer = await loadGazetteer();

const mentee = data.referrals.find((r) => r.status === 'AWAITING_MATCH')!;
const mentor = data.mentors.find((m) => m.status === 'AVAILABLE' && m.activePairs < m.capacity)!;
const score = (e: Partial<typeof mentee>, o: Partial<typeof mentor>) =>
  explainPair(
    prepareMentee({ ...mentee, ...e }, gazetteer, today),
    prepareMentor({ ...mentor, ...o }, gazetteer, settings, today),
    settings,
    today,
  );
const value = (pair: ReturnType<typeof score>, criterion: string) =>
  pair.criteria.find((c) => c.criterion === criterion)!.value;

const detail = (pair: ReturnType<typeof score>, criterion: string) =>
  pair.criteria.find((c) => c.criterion === criterion)!.detail;

describe('pair score', () => {
  it('explains each criterion in plain French: language names, singular and plural', () => {
    const pair = score(
      {
        needs: ['ORIENTATION', 'INTERNSHIP'],
        preferences: { ...mentee.preferences, languages: ['fr', 'es'] },
      },
      { expertise: ['ORIENTATION'], languages: ['fr', 'es'], capacity: 3, activePairs: 2 },
    );
    expect(detail(pair, 'needs')).toBe('1 besoin sur 2 dans son expertise');
    expect(detail(pair, 'language')).toBe('Langues communes : Français, Espagnol');
    expect(detail(pair, 'loadBalance')).toBe('1 place libre sur 3');
  });

  it('counts the needs the mentor’s expertise covers', () => {
    expect(
      value(
        score({ needs: ['ORIENTATION', 'INTERNSHIP'] }, { expertise: ['ORIENTATION'] }),
        'needs',
      ),
    ).toBe(0.5);
    expect(value(score({ needs: ['ORIENTATION'] }, { expertise: ['ORIENTATION'] }), 'needs')).toBe(
      1,
    );
  });

  it('ranks proximity by commune, intercommunality, department and region, unless remote works for both', () => {
    const inPerson = { preferences: { ...mentee.preferences, modality: 'IN_PERSON' as const } };
    const at = (postalCode: string, commune: string) =>
      value(
        score(
          { ...inPerson, postalCode: '69003', commune: 'Lyon' },
          { postalCode, commune, modalities: ['PUBLIC_PLACE'] },
        ),
        'proximity',
      );
    expect(at('69001', 'Lyon')).toBe(1);
    expect(at('69100', 'Villeurbanne')).toBe(0.75);
    expect(at('69400', 'Villefranche-sur-Saône')).toBe(0.5);
    expect(at('42000', 'Saint-Étienne')).toBe(0.25);
    expect(at('59000', 'Lille')).toBe(0);
    const remote = score(
      {
        postalCode: '69003',
        commune: 'Lyon',
        preferences: { ...mentee.preferences, modality: 'ANY' },
      },
      { postalCode: '59000', commune: 'Lille', modalities: ['REMOTE'] },
    );
    expect(value(remote, 'proximity')).toBe(1);
  });

  it('weighs the criteria by the settings, and each share is its part of the score', () => {
    const pair = score({}, {});
    const weights = Object.values(settings.matchingWeights).reduce((a, b) => a + b, 0);
    const points = pair.criteria.reduce((t, c) => t + c.weight * c.value, 0);
    expect(pair.score).toBeCloseTo(points / weights, 12);
    expect(pair.criteria.reduce((t, c) => t + c.share, 0)).toBeCloseTo(1, 12);
  });

  it('keeps a mentor failing a constraint, ineligible with the reason', () => {
    const pair = score(
      { birthDate: '2013-01-01', legalGuardian: null },
      { honorabilityCheck: null },
    );
    expect(pair.eligible).toBe(false);
    expect(pair.constraints.filter((c) => !c.met).map((c) => c.constraint)).toEqual([
      'HONORABILITY_FOR_MINOR',
      'GUARDIAN_CONSENT',
    ]);
  });

  it('gives the same score and eligibility on the fast path as explained, for every seeded pair', () => {
    const mentees = data.referrals.slice(0, 60).map((r) => prepareMentee(r, gazetteer, today));
    const mentors = data.mentors.map((m) => prepareMentor(m, gazetteer, settings, today));
    const seen = { eligible: 0, ineligible: 0 };
    for (const e of mentees)
      for (const o of mentors) {
        const fast = quickScore(e, o, settings);
        const full = explainPair(e, o, settings, today);
        if (full.eligible) expect(fast).toBeCloseTo(full.score, 12);
        else expect(fast).toBe(INELIGIBLE);
        seen[full.eligible ? 'eligible' : 'ineligible'] += 1;
      }
    expect(seen.eligible).toBeGreaterThan(0);
    expect(seen.ineligible).toBeGreaterThan(0);
  });
});
