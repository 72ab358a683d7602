import { entity, participation, relation, type GraphFact } from './graph-records.js';
import type { FactKind } from './fact-kind.js';
import { personName } from './vietnamese-names.js';
import { STREAM } from './seeded-random.js';
import { orgId, type World } from './world.js';

/** Articles (report of an event, directory of a unit, feature), each published by a newspaper. */
export function sourcesKind(world: World): FactKind {
  return {
    name: 'articles',
    count: world.sourceCount,
    produces: ['Source', 'PUBLISHED', 'AUTHORED'],
    facts(s) {
      const source = world.source(s);
      const random = world.random(STREAM.source, s + 0x40000000);
      const facts: GraphFact[] = [
        entity('Source', { id: source.id, title: source.title, kind: 'ARTICLE', publishedAt: source.publishedAt, author: personName(random), publisher: source.publisher }),
        relation('Organization', 'Source', { id: `${source.id}-published`, type: 'PUBLISHED', from: source.publisher, to: source.id }, [source.id]),
      ];
      // Officials write for the press now and then (a Trưởng Ban Dân vận's column).
      if (s >= world.featureBase && random.chance(0.05)) {
        const author = world.personOf(source.unit % 63, random);
        if (author !== null) facts.push(relation('Person', 'Source', { id: `${source.id}-authored`, type: 'AUTHORED', from: world.personId(author), to: source.id }, [source.id]));
      }
      return facts;
    },
  };
}

const EXTRA_ROLES = ['CHAIRED', 'DIRECTED', 'SPOKE', 'ATTENDED', 'ATTENDED'] as const;

/** Events, where they were held, who organised and attended them, and people named at them. */
export function eventsKind(world: World): FactKind {
  return {
    name: 'events',
    count: world.plan.events,
    produces: ['Event', 'HELD_IN', 'ORGANIZED', 'ATTENDED', 'PARTICIPATED_IN'],
    facts(e) {
      const event = world.event(e);
      const random = world.random(STREAM.event, e + 0x40000000);
      const report = [world.source(e).id];
      const unit = world.unitPlace(event.unit).id;
      const organizer = orgId(unit, event.kind === 'CONGRESS' ? 'ubmttq' : 'ban-dan-van');
      const online = random.int(0, 9);
      const facts: GraphFact[] = [
        entity('Event', { id: event.id, name: event.name, kind: event.kind, date: event.date, online: online < 2 ? true : online < 8 ? false : undefined, sources: report }),
        relation('Event', 'Place', { id: `${event.id}-held-in`, type: 'HELD_IN', from: event.id, to: event.place.id }, report),
        relation('Organization', 'Event', { id: `${event.id}-organized`, type: 'ORGANIZED', from: organizer, to: event.id }, report),
      ];
      if (random.chance(0.6)) facts.push(relation('Organization', 'Event', { id: `${event.id}-attended-ubnd`, type: 'ATTENDED', from: orgId(unit, 'ubnd'), to: event.id }, report));
      if (event.kind !== 'CONGRESS' && random.chance(0.5)) facts.push(relation('Organization', 'Event', { id: `${event.id}-attended-ubmttq`, type: 'ATTENDED', from: orgId(unit, 'ubmttq'), to: event.id }, report));
      // People the report names without a title the registry records as an observation.
      const named = random.int(1, 3);
      for (let k = 0; k < named; k++) {
        const person = world.personOf(event.province, random);
        if (person === null) break;
        facts.push(participation({ id: `pa-${event.id.slice(3)}-${k}`, person: world.personId(person), event: event.id, role: random.pick(EXTRA_ROLES) }, report));
      }
      return facts;
    },
  };
}
