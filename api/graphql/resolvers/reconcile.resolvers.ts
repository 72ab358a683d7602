import { labelsOfKinds } from '../../../model/entity-kinds.js';
import { isPartialDate, parsePartialDate } from '../../../model/partial-date.js';
import { MAX_MENTIONS, reconcileMentions, type Mention, type Reconciliation, type ScoredCandidate } from '../../reconcile/index.js';
import { badUserInput } from '../errors.js';
import type { Resolvers } from './types.js';

interface MentionArg {
  key?: string | null;
  kind: string;
  name: string;
  organizations?: string[] | null;
  places?: string[] | null;
  date?: string | null;
}

const MAX_TEXT = 200;
const MAX_CONTEXT = 10;

function toMention(arg: MentionArg, i: number): Mention {
  const at = `mentions[${i}]`;
  const label = labelsOfKinds([arg.kind])[0]!;
  if (arg.name.trim().length === 0) throw badUserInput('a name must not be blank', `${at}.name`);
  for (const [field, text] of [['name', arg.name], ['key', arg.key ?? '']] as const) {
    if (text.length > MAX_TEXT) throw badUserInput(`${field} is longer than ${MAX_TEXT} characters`, `${at}.${field}`);
  }
  for (const field of ['organizations', 'places'] as const) {
    const list = arg[field] ?? [];
    if (list.length > MAX_CONTEXT) throw badUserInput(`at most ${MAX_CONTEXT} ${field}`, `${at}.${field}`);
    if (list.some((t) => t.length > MAX_TEXT)) throw badUserInput(`each of ${field} is at most ${MAX_TEXT} characters`, `${at}.${field}`);
  }
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

/** Resolvers of reconciliation: check the mentions, load every name's candidates at once, score them (api/reconcile). */
export const reconcileResolvers: Resolvers = {
  Query: {
    reconcile: async (_root, args: { mentions: MentionArg[] }, context) => {
      if (args.mentions.length > MAX_MENTIONS) throw badUserInput(`at most ${MAX_MENTIONS} mentions per call`, 'mentions');
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
    key: (r: Reconciliation) => r.mention.key ?? null,
    name: (r: Reconciliation) => r.mention.name,
  },
  ReconciliationCandidate: {
    entity: (c: ScoredCandidate, _args, context) => context.loaders.node.load({ label: c.label, id: c.id }),
  },
};
