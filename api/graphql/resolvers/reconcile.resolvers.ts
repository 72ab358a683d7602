import { labelsOfKinds } from '../../../model/entity-kinds.js';
import { isPartialDate, parsePartialDate } from '../../../model/partial-date.js';
import { reconcileMentions, type Mention } from '../../reconcile/index.js';
import { badUserInput } from '../errors.js';
import { reads } from '../field-reads.js';
import type { MentionInput, Resolvers } from '../resolver-types.generated.js';

function toMention(arg: MentionInput, i: number): Mention {
  const at = `mentions[${i}]`;
  const label = labelsOfKinds([arg.kind])[0]!;
  if (arg.name.trim().length === 0) throw badUserInput('a name must not be blank', `${at}.name`);
  if (arg.date != null && !isPartialDate(parsePartialDate(arg.date))) throw badUserInput(`"${arg.date.slice(0, 20)}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`, `${at}.date`);
  return {
    ...(arg.key != null ? { key: arg.key } : {}),
    label,
    name: arg.name,
    organizations: arg.organizations ?? [],
    places: arg.places ?? [],
    ...(arg.date != null ? { date: arg.date } : {}),
  };
}

/** Resolvers of reconciliation (the SDL's @constraint bounds the mentions before this runs): check the mentions, load every name's candidates at once, score them (api/reconcile). */
export const reconcileResolvers: Resolvers = {
  Query: {
    reconcile: async (_root, args, context) => {
      const mentions = args.mentions.map(toMention);
      return reconcileMentions(mentions, async (ms) => {
        const found = await context.loaders.reconcile.candidates.loadMany(ms.map((m) => ({ label: m.label, name: m.name })));
        return found.map((f) => {
          if (f instanceof Error) throw f;
          return f;
        });
      });
    },
  },
  Reconciliation: {
    key: reads(['mention'], (r) => r.mention.key ?? null),
    name: reads(['mention'], (r) => r.mention.name),
  },
  ReconciliationCandidate: {
    entity: reads(['label', 'id'], async (c, _args, context) => {
      const row = await context.loaders.node.load({ label: c.label, id: c.id });
      // A candidate found in this request's own statement exists; a merge or delete in between is a conflict to retry.
      if (!row) throw new Error(`candidate ${c.label}:${c.id} vanished while being reconciled`);
      return row;
    }),
  },
};
