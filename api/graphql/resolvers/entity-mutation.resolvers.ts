import type { EntityLabel } from '../../../model/labels.js';
import { createEntity, updateEntity } from '../../write/index.js';
import { InputIds } from '../input-ids.js';
import type { CreateSourceInput, Resolvers } from '../resolver-types.generated.js';
import { writeResolver } from './write-resolver.js';

/** What every create<Kind> input has besides the kind's own fields, which the write layer checks. */
type CreateInput = { slug?: string | null; sources?: string[] | null; newSources?: CreateSourceInput[] | null; [field: string]: unknown };

/** What every update<Kind> input has besides the kind's own fields. */
type UpdateInput = { id: string; sources?: string[] | null; newSources?: CreateSourceInput[] | null; [field: string]: unknown };

/** create<Label>: an upsert on the entity's id. Decodes ids, then hands over to the write layer. */
function create(label: EntityLabel) {
  return writeResolver('editor', async (input: CreateInput, context) => {
    const { slug, sources, newSources, ...fields } = input;
    const ids = new InputIds();
    const cited = ids.sources(sources, 'input.sources');
    ids.done();
    return createEntity(context.write, label, { slug, fields, citation: { sources: cited, newSources } });
  });
}

function update(label: EntityLabel) {
  return writeResolver('editor', async (input: UpdateInput, context) => {
    const { id, sources, newSources, ...fields } = input;
    const ids = new InputIds();
    const target = ids.ref(id, 'input.id', [label]);
    const cited = ids.sources(sources, 'input.sources');
    ids.done();
    return updateEntity(context.write, label, { id: target.id, fields, citation: { sources: cited, newSources } });
  });
}

/** create<Kind> and update<Kind> for the ten kinds of entity. */
export const entityMutationResolvers: Resolvers = {
  Mutation: {
    createPerson: create('Person'),
    updatePerson: update('Person'),
    createOrganization: create('Organization'),
    updateOrganization: update('Organization'),
    createEvent: create('Event'),
    updateEvent: update('Event'),
    createProgram: create('Program'),
    updateProgram: update('Program'),
    createModel: create('Model'),
    updateModel: update('Model'),
    createCampaign: create('Campaign'),
    updateCampaign: update('Campaign'),
    createDocument: create('Document'),
    updateDocument: update('Document'),
    createAward: create('Award'),
    updateAward: update('Award'),
    createPlace: create('Place'),
    updatePlace: update('Place'),
    createSource: create('Source'),
    updateSource: update('Source'),
  },
};
