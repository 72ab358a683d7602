import { entity, relation, type GraphFact } from './graph-records.js';
import type { FactKind } from './fact-kind.js';
import { STREAM } from './seeded-random.js';
import { MODEL_TEMPLATES } from './vietnamese-names.js';
import { OLD_PROVINCE_COUNT, unitAt } from './vietnam-provinces.js';
import { countOf, FIRST_YEAR, orgId, slugOf, unitLongName, type World } from './world.js';

/** Models and how they spread, coordination programs, campaigns, documents and awards. */
const EMULATION = 'cmp-phong-trao-thi-dua-dan-van-kheo';
const CAMPAIGNS = [
  { id: EMULATION, name: 'Phong trào thi đua "Dân vận khéo"', kind: 'EMULATION_MOVEMENT', year: 2009 },
  { id: 'cmp-ca-nuoc-chung-tay-vi-nguoi-ngheo', name: 'Phong trào "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"', kind: 'EMULATION_MOVEMENT', year: 2016 },
  ...[...Array(12).keys()].map((k) => {
    const year = FIRST_YEAR + k;
    const name = `Năm ${year % 2 === 0 ? 'Dân vận khéo' : 'dân vận chính quyền'} ${year}`;
    return { id: `cmp-${slugOf(name)}`, name, kind: 'THEMED_YEAR', year };
  }),
];
const themedYear = (year: number) => CAMPAIGNS[2 + year - FIRST_YEAR]!.id;

export function campaignsKind(world: World): FactKind {
  return {
    name: 'campaigns',
    count: CAMPAIGNS.length,
    produces: ['Campaign', 'IMPLEMENTS', 'REVIEWED_AT'],
    facts(c) {
      const campaign = CAMPAIGNS[c]!;
      const sources = [world.source(world.featureBase + (c % world.plan.featureSources)).id];
      const facts: GraphFact[] = [entity('Campaign', { ...campaign, sources })];
      // Central documents (every tenth) are what campaigns implement.
      if (c * 10 < world.plan.documents) facts.push(relation('Campaign', 'Document', { id: `${campaign.id}-implements`, type: 'IMPLEMENTS', from: campaign.id, to: documentId(world, c * 10) }, sources));
      if (campaign.kind === 'THEMED_YEAR' && campaign.year <= 2026) {
        for (let p = 0; p < 3; p++) {
          const e = world.eventOfKind(p, campaign.year, 'REVIEW_CONFERENCE', world.random(STREAM.event, -1 - c));
          if (e !== null) facts.push(relation('Campaign', 'Event', { id: `${campaign.id}-reviewed-at-${p}`, type: 'REVIEWED_AT', from: campaign.id, to: world.event(e).id }, [world.source(e).id]));
        }
      }
      return facts;
    },
  };
}

export function modelsKind(world: World): FactKind {
  return {
    name: 'models',
    count: world.plan.models,
    produces: ['Model', 'ORIGINATED_IN', 'ADOPTED_IN', 'PRESENTED_AT', 'PART_OF_CAMPAIGN'],
    facts(m) {
      const random = world.random(STREAM.model, m);
      const p = m % OLD_PROVINCE_COUNT;
      const start = random.int(FIRST_YEAR, 2024);
      const origin = world.placeIn(p, `${start}-06-01`, random);
      const [template, category] = random.pick(MODEL_TEMPLATES);
      const name = `${template} ${origin.name.split(' ').slice(1).join(' ')}`;
      const id = `mdl-${slugOf(name)}-${m}`;
      const originSource = world.source(world.featureSource(random));
      const facts: GraphFact[] = [];
      const sources = new Set([originSource.id]);
      facts.push(relation('Model', 'Place', { id: `${id}-originated-in`, type: 'ORIGINATED_IN', from: id, to: origin.id }, [originSource.id]));
      // Presented at events of its home province in later years.
      for (let k = 0, n = random.int(1, 3); k < n; k++) {
        const year = Math.min(2026, start + random.int(0, 3));
        const events = world.eventsIn(p, year);
        if (events === 0) continue;
        const e = world.eventIndex(p, year, random.int(0, events - 1));
        const report = world.source(e).id;
        const presenter = world.personOf(p, random);
        sources.add(report);
        facts.push(relation('Model', 'Event', { id: `${id}-presented-at-${k}`, type: 'PRESENTED_AT', from: id, to: world.event(e).id, presentedBy: presenter === null ? undefined : world.personId(presenter) }, [report]));
      }
      // Taken up in other provinces (the unit of its day) a year or more after it started.
      for (let k = 0, n = random.weighted([[0, 40], [1, 30], [2, 20], [4, 10]] as const); k < n && start < 2026; k++) {
        const q = random.int(0, OLD_PROVINCE_COUNT - 1);
        const year = random.int(start + 1, 2026);
        const since = random.chance(0.5) ? `${year}` : `${year}-${String(random.int(1, year === 2026 ? 6 : 12)).padStart(2, '0')}`;
        const unit = world.unitPlace(unitAt(q, since.length === 4 ? `${since}-01-01` : `${since}-01`));
        const source = world.source(world.featureSource(random)).id;
        facts.push(relation('Model', 'Place', { id: `${id}-adopted-in-${k}`, type: 'ADOPTED_IN', from: id, to: unit.id, since }, [source]));
      }
      facts.push(relation('Model', 'Campaign', { id: `${id}-part-of-campaign`, type: 'PART_OF_CAMPAIGN', from: id, to: EMULATION }, [originSource.id]));
      if (random.chance(0.3)) facts.push(relation('Model', 'Campaign', { id: `${id}-part-of-themed-year`, type: 'PART_OF_CAMPAIGN', from: id, to: themedYear(start) }, [originSource.id]));
      const description = `Mô hình ${template.toLowerCase()} ra đời năm ${start} ở ${origin.longName}, ${unitLongName(origin.unit)}.`;
      facts.unshift(entity('Model', { id, name, category, description, sources: [...sources] }));
      return facts;
    },
  };
}

export function programsKind(world: World): FactKind {
  return {
    name: 'programs',
    count: world.plan.programs,
    produces: ['Program', 'PARTY_TO', 'SIGNED_AT', 'REVIEWED_AT', 'APPLIES_IN', 'BACKS'],
    facts(r) {
      const random = world.random(STREAM.program, r);
      const p = r % OLD_PROVINCE_COUNT;
      const startYear = random.int(2016, 2024);
      const endYear = startYear + random.int(2, 5);
      const unit = world.unitPlace(unitAt(p, `${startYear}-06-01`));
      const parties = ['ban-dan-van', ...['ubnd', 'ubmttq', 'hdnd', 'bao'].filter(() => random.chance(0.5))];
      const name = `Chương trình phối hợp thực hiện công tác dân vận ${unit.longName} giai đoạn ${startYear}-${endYear}`;
      const id = `pr-${slugOf(name, 12)}-${r}`;
      const signing = world.eventOfKind(p, startYear, 'SIGNING', random);
      const source = signing === null ? world.source(world.featureSource(random)).id : world.source(signing).id;
      const facts: GraphFact[] = [
        entity('Program', { id, name, kind: random.chance(0.7) ? 'COORDINATION_PROGRAM' : 'COORDINATION_PLAN', startYear, endYear, sources: [source] }),
        relation('Program', 'Place', { id: `${id}-applies-in`, type: 'APPLIES_IN', from: id, to: unit.id }, [source]),
        ...parties.map((suffix) => relation('Organization', 'Program', { id: `${id}-party-${suffix}`, type: 'PARTY_TO', from: orgId(unit.id, suffix), to: id }, [source])),
      ];
      if (signing !== null) facts.push(relation('Program', 'Event', { id: `${id}-signed-at`, type: 'SIGNED_AT', from: id, to: world.event(signing).id }, [source]));
      const review = endYear <= 2026 ? world.eventOfKind(p, endYear, 'REVIEW_CONFERENCE', random) : null;
      if (review !== null) facts.push(relation('Program', 'Event', { id: `${id}-reviewed-at`, type: 'REVIEWED_AT', from: id, to: world.event(review).id }, [world.source(review).id]));
      const models = countOf(world.plan.models, p, OLD_PROVINCE_COUNT);
      for (let k = 0, n = Math.min(models, random.int(1, 3)); k < n; k++) {
        const m = p + OLD_PROVINCE_COUNT * random.int(0, models - 1);
        facts.push(relation('Program', 'Model', { id: `${id}-backs-${k}`, type: 'BACKS', from: id, to: modelId(world, m) }, [source]));
      }
      return facts;
    },
  };
}

function modelId(world: World, m: number): string {
  // The model's facts draw its name first: replay just those draws.
  const random = world.random(STREAM.model, m);
  const p = m % OLD_PROVINCE_COUNT;
  const start = random.int(FIRST_YEAR, 2024);
  const origin = world.placeIn(p, `${start}-06-01`, random);
  const [template] = random.pick(MODEL_TEMPLATES);
  return `mdl-${slugOf(`${template} ${origin.name.split(' ').slice(1).join(' ')}`)}-${m}`;
}

const DOCUMENT_KINDS = [
  ['DIRECTIVE', 'Chỉ thị', 'CT'],
  ['DECISION', 'Quyết định', 'QĐ'],
  ['RESOLUTION', 'Nghị quyết', 'NQ'],
] as const;

function documentFacts(world: World, d: number) {
  const random = world.random(STREAM.document, d);
  const central = d % 10 === 0;
  const p = d % OLD_PROVINCE_COUNT;
  const year = random.int(FIRST_YEAR, 2026);
  const issuedAt = `${year}-${String(random.int(1, year === 2026 ? 6 : 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  const [kind, word, code] = random.pick(DOCUMENT_KINDS);
  const unit = world.unitPlace(unitAt(p, issuedAt));
  const issuer = central ? (kind === 'DECISION' ? 'org-ban-bi-thu' : 'org-bo-chinh-tri') : kind === 'DECISION' ? orgId(unit.id, 'ubnd') : orgId(unit.id, 'tinh-uy');
  const number = central ? `${random.int(1, 150)}-${code}/TW` : kind === 'DECISION' ? `${random.int(1, 3000)}/${code}-UBND` : `${random.int(1, 60)}-${code}/TU`;
  const subject = kind === 'DECISION' ? 'về công tác cán bộ' : 'về tăng cường công tác dân vận trong tình hình mới';
  const name = `${word} số ${number} ${subject}${central ? '' : ` của ${unit.longName}`}`;
  return { random, id: `doc-${slugOf(`${number} ${year}`, 6)}-${d}`, name, kind, number, issuedAt, issuer, p };
}

function documentId(world: World, d: number): string {
  return documentFacts(world, d).id;
}

export function documentsKind(world: World): FactKind {
  return {
    name: 'documents',
    count: world.plan.documents,
    produces: ['Document', 'ISSUED', 'ABOUT'],
    facts(d) {
      const doc = documentFacts(world, d);
      const source = world.source(world.featureSource(doc.random)).id;
      const facts: GraphFact[] = [
        entity('Document', { id: doc.id, name: doc.name, kind: doc.kind, number: doc.number, issuedAt: doc.issuedAt, sources: [source] }),
        relation('Organization', 'Document', { id: `${doc.id}-issued`, type: 'ISSUED', from: doc.issuer, to: doc.id }, [source]),
      ];
      // A decision on personnel names the official it appoints.
      const person = doc.kind === 'DECISION' ? world.personOf(doc.p, doc.random) : null;
      if (person !== null) facts.push(relation('Document', 'Person', { id: `${doc.id}-about`, type: 'ABOUT', from: doc.id, to: world.personId(person) }, [source]));
      return facts;
    },
  };
}

export function awardsKind(world: World): FactKind {
  return {
    name: 'awards',
    count: world.plan.awards,
    produces: ['Award', 'GRANTED', 'AWARDED_AT', 'AWARDED_FOR', 'PRESENTED'],
    facts(a) {
      const random = world.random(STREAM.award, a);
      const p = a % OLD_PROVINCE_COUNT;
      const year = random.int(FIRST_YEAR, 2025);
      const e = world.eventOfKind(p, year, 'REVIEW_CONFERENCE', random);
      const event = e === null ? null : world.event(e);
      const unit = world.unitPlace(event ? event.unit : unitAt(p, `${year}-06-01`));
      const source = e === null ? world.source(world.featureSource(random)).id : world.source(e).id;
      const name = `Bằng khen của Chủ tịch Ủy ban nhân dân ${unit.longName} năm ${year}`;
      const id = `aw-${slugOf(name, 12)}-${a}`;
      const facts: GraphFact[] = [
        entity('Award', { id, name, collectives: random.int(1, 10), individuals: random.int(0, 15), sources: [source] }),
        relation('Organization', 'Award', { id: `${id}-granted`, type: 'GRANTED', from: orgId(unit.id, 'ubnd'), to: id }, [source]),
        relation('Award', 'Campaign', { id: `${id}-awarded-for`, type: 'AWARDED_FOR', from: id, to: random.chance(0.7) ? EMULATION : themedYear(year) }, [source]),
      ];
      if (event) facts.push(relation('Award', 'Event', { id: `${id}-awarded-at`, type: 'AWARDED_AT', from: id, to: event.id }, [source]));
      const presenter = world.personOf(p, random);
      if (presenter !== null) facts.push(relation('Person', 'Award', { id: `${id}-presented`, type: 'PRESENTED', from: world.personId(presenter), to: id }, [source]));
      return facts;
    },
  };
}
