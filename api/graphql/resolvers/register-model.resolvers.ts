import { registerModel } from '../../write/index.js';
import { InputIds } from '../input-ids.js';
import type { Resolvers } from '../resolver-types.generated.js';
import { writeResolver } from './write-resolver.js';

/** registerModel: decodes the places, programs, organisations and sources, then hands over to the write layer. */
export const registerModelResolvers: Resolvers = {
  Mutation: {
    registerModel: writeResolver('editor', async (input, context) => {
      const { slug, origin, adoptions, programs, contacts, sources, newSources, ...fields } = input;
      const ids = new InputIds();
      const place = (value: { place: string; since?: string | null }, field: string) => ({ place: ids.ref(value.place, `${field}.place`, ['Place']), since: value.since });
      const decoded = {
        origin: origin ? place(origin, 'input.origin') : null,
        adoptions: (adoptions ?? []).map((a, i) => place(a, `input.adoptions[${i}]`)),
        programs: (programs ?? []).map((p, i) => ids.ref(p, `input.programs[${i}]`, ['Program'])),
        contacts: (contacts ?? []).map((o, i) => ids.ref(o, `input.contacts[${i}]`, ['Organization'])),
      };
      const cited = ids.sources(sources, 'input.sources');
      ids.done();
      return registerModel(context.write, { slug, fields, ...decoded, citation: { sources: cited, newSources } });
    }),
  },
};
