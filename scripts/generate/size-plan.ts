import { OLD_PROVINCE_COUNT, PROVINCE_UNITS, UNITS_AFTER_2025 } from './vietnam-provinces.js';

/**
 * How many of each kind a size holds. The geography is real at the top
 * (country, 6 regions, 87 province-level nodes) and scaled below it; the rest
 * of the target is shared out in the proportions of a registry that press
 * coverage fills: role observations (about four per official) dominate, then
 * events and the articles that report them.
 */
export const SIZES = ['tiny', 'small', 'medium', 'large'] as const;
export type SizeName = (typeof SIZES)[number];

export interface Plan {
  size: SizeName;
  seed: number;
  districts: number;
  oldCommunes: number;
  newCommunes: number;
  people: number;
  events: number;
  /** Articles not tied to one event (profiles, features); report articles are one per event. */
  featureSources: number;
  models: number;
  programs: number;
  documents: number;
  awards: number;
}

// Real Việt Nam: ~700 districts, ~10,500 communes before July 2025, 3,321 after.
const GEOGRAPHY: Record<SizeName, { target: number; districts: number; oldCommunes: number; newCommunes: number }> = {
  tiny: { target: 1_500, districts: 20, oldCommunes: 30, newCommunes: 34 },
  small: { target: 10_000, districts: 126, oldCommunes: 252, newCommunes: 102 },
  medium: { target: 100_000, districts: 378, oldCommunes: 2_268, newCommunes: 1_020 },
  large: { target: 1_000_000, districts: 693, oldCommunes: 10_395, newCommunes: 3_332 },
};

/** Organisations per unit, district and commune (see organizationsOf in geography.ts). */
export const ORGS_PER_UNIT = 6;
export const ORGS_PER_DISTRICT = 4;
export const ORGS_PER_COMMUNE = 3;
export const ROLE_OBSERVATIONS_PER_PERSON = 4.2;

export function planFor(size: SizeName, seed: number): Plan {
  const g = GEOGRAPHY[size];
  const communes = g.oldCommunes + g.newCommunes;
  const places = 1 + 6 + PROVINCE_UNITS.length + g.districts + communes;
  const organizations = PROVINCE_UNITS.length * ORGS_PER_UNIT + g.districts * ORGS_PER_DISTRICT + communes * ORGS_PER_COMMUNE;
  const fixedSources = 4 + UNITS_AFTER_2025.length + PROVINCE_UNITS.length;
  const rest = Math.max(400, g.target - places - organizations - fixedSources);
  // Shares of `rest`; people count once for themselves and ~4.2 times for their observations.
  const weights = { people: 0.1, events: 0.15, featureSources: 0.04, models: 0.05, programs: 0.015, documents: 0.01, awards: 0.01 };
  const unit = rest / (weights.people * (1 + ROLE_OBSERVATIONS_PER_PERSON) + 0.275);
  const n = (w: number, min: number) => Math.max(min, Math.round(unit * w));
  return {
    size,
    seed,
    districts: g.districts,
    oldCommunes: g.oldCommunes,
    newCommunes: g.newCommunes,
    people: n(weights.people, OLD_PROVINCE_COUNT),
    events: n(weights.events, OLD_PROVINCE_COUNT * 2),
    featureSources: n(weights.featureSources, 40),
    models: n(weights.models, OLD_PROVINCE_COUNT),
    programs: n(weights.programs, 10),
    documents: n(weights.documents, 20),
    awards: n(weights.awards, 10),
  };
}
