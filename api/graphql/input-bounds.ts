import {
  defaultFieldResolver,
  getDirectiveValues,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  GraphQLString,
  type GraphQLArgument,
  type GraphQLDirective,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { InputError, type Problem } from '../write/input-error.js';

/** The bounds `@constraint` states for one argument or input field (schema/common.graphql). */
export interface Bounds {
  maxLength?: number;
  min?: number;
  max?: number;
  maxItems?: number;
}

/** What is wrong with one value: the path below the argument (`.text`, `[3]`; empty for the value itself) and the message. */
interface Fault {
  path: string;
  message: string;
}

/**
 * How one value is checked, compiled from its type and bounds. Plain data read
 * by one function (faultOf), so that the checks of every field share
 * monomorphic code instead of a closure per bound.
 */
type Plan =
  | { kind: 'text'; maxLength: number }
  | { kind: 'number'; min: number; max: number; range: string }
  | { kind: 'list'; maxItems: number; item: Plan | null }
  | { kind: 'object'; names: readonly string[]; plans: readonly Plan[] };

const DIRECTIVE = 'constraint';

/**
 * Enforces the `@constraint` bounds of the SDL: every field with an argument
 * that has bounds, itself or in an input object it takes, gets its resolver
 * wrapped in a check compiled here, once, from the argument types. The check
 * sees the arguments as graphql-js coerced them (from literals, variables or
 * defaults alike) and costs a few comparisons when they are within bounds;
 * fields without bounded arguments are left as they are. A value outside its
 * bounds fails the field with an InputError (BAD_USER_INPUT, `extensions.field`
 * naming the argument) before the resolver runs.
 *
 * A directive used where it means nothing (`maxLength` on an Int, `maxItems`
 * on a single value) stops the start-up: a bound that is stated must hold.
 */
export function enforceInputBounds(schema: GraphQLSchema): void {
  const directive = schema.getDirective(DIRECTIVE);
  if (!directive) throw new Error(`the SDL declares no @${DIRECTIVE} directive`);
  const compiler = new BoundsCompiler(directive);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const names: string[] = [];
      const plans: Plan[] = [];
      for (const arg of field.args) {
        const plan = compiler.argument(arg, `${type.name}.${field.name}(${arg.name})`);
        if (plan) {
          names.push(arg.name);
          plans.push(plan);
        }
      }
      if (plans.length > 0) wrapResolver(field, { kind: 'object', names, plans });
    }
  }
}

/** The bounds stated on an argument or input field, or undefined when it states none. */
export function boundsOf(directive: GraphQLDirective, target: GraphQLArgument | GraphQLInputField): Bounds | undefined {
  if (!target.astNode) return undefined;
  const values = getDirectiveValues(directive, target.astNode) as Bounds | undefined;
  return values && Object.keys(values).length > 0 ? values : undefined;
}

// A field without a resolver of its own gets one here (graphql-js's default
// inside): field-reads.ts then counts it as reading the whole row, which is
// right, if more than it needs. Every bounded field here has its own.
function wrapResolver(field: GraphQLField<unknown, unknown>, args: Plan & { kind: 'object' }): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, values: Record<string, unknown>, context, info) => {
    let problems: Problem[] | undefined;
    // Every argument is checked, so that the error lists all that are out of bounds.
    for (let i = 0; i < args.names.length; i++) {
      const value = values[args.names[i]!];
      if (value === undefined || value === null) continue;
      const fault = faultOf(args.plans[i]!, value);
      if (fault) (problems ??= []).push({ field: `${args.names[i]}${fault.path}`, message: fault.message });
    }
    if (problems) throw new InputError(problems);
    return resolve(source, values, context, info);
  };
}

/** What is wrong with a value GraphQL coerced, by its plan; undefined when it is within its bounds. */
function faultOf(plan: Plan, value: unknown): Fault | undefined {
  switch (plan.kind) {
    case 'text': {
      // Code points are never more than UTF-16 units: only text longer in units than the bound is counted.
      if (typeof value !== 'string' || value.length <= plan.maxLength) return undefined;
      let length = 0;
      for (const _ of value) length += 1;
      return length > plan.maxLength ? { path: '', message: `must be at most ${plan.maxLength} characters, got ${length}` } : undefined;
    }
    case 'number':
      return typeof value === 'number' && (value < plan.min || value > plan.max) ? { path: '', message: `must be ${plan.range}, got ${value}` } : undefined;
    case 'list': {
      // graphql-js hands over a list, a single value given for one having become a list of one.
      if (!Array.isArray(value)) return undefined;
      if (value.length > plan.maxItems) return { path: '', message: `must list at most ${plan.maxItems} items, got ${value.length}` };
      if (!plan.item) return undefined;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item === null || item === undefined) continue;
        const fault = faultOf(plan.item, item);
        if (fault) return { path: `[${i}]${fault.path}`, message: fault.message };
      }
      return undefined;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null) return undefined;
      for (let i = 0; i < plan.names.length; i++) {
        const field = (value as Record<string, unknown>)[plan.names[i]!];
        if (field === undefined || field === null) continue;
        const fault = faultOf(plan.plans[i]!, field);
        if (fault) return { path: `.${plan.names[i]}${fault.path}`, message: fault.message };
      }
      return undefined;
    }
  }
}

const TEXT_SCALARS = new Set<string>([GraphQLString.name, GraphQLID.name]);
const NUMBER_SCALARS = new Set<string>([GraphQLInt.name, GraphQLFloat.name]);

class BoundsCompiler {
  // Per input object type; null when nothing inside it is bounded. Set before
  // its fields are compiled, so that a type that contains itself ends.
  private readonly inputs = new Map<GraphQLInputObjectType, Plan | null>();

  constructor(private readonly directive: GraphQLDirective) {}

  argument(arg: GraphQLArgument, where: string): Plan | null {
    return this.compile(arg.type, boundsOf(this.directive, arg), where);
  }

  private compile(type: GraphQLInputType, bounds: Bounds | undefined, where: string): Plan | null {
    if (isNonNullType(type)) return this.compile(type.ofType, bounds, where);
    if (isListType(type)) {
      const { maxItems, ...itemBounds } = bounds ?? {};
      const item = this.compile(type.ofType, Object.keys(itemBounds).length > 0 ? itemBounds : undefined, `${where}[]`);
      return maxItems === undefined && !item ? null : { kind: 'list', maxItems: maxItems ?? Infinity, item };
    }
    if (bounds?.maxItems !== undefined) throw new Error(`@${DIRECTIVE}(maxItems) on ${where}, which is not a list`);
    if (isInputObjectType(type)) {
      if (bounds) throw new Error(`@${DIRECTIVE} on ${where}: bound the fields of ${type.name} instead`);
      return this.inputObject(type);
    }
    return bounds ? this.leaf(type, bounds, where) : null;
  }

  private inputObject(type: GraphQLInputObjectType): Plan | null {
    if (this.inputs.has(type)) return this.inputs.get(type) ?? null;
    this.inputs.set(type, null);
    const names: string[] = [];
    const plans: Plan[] = [];
    for (const field of Object.values(type.getFields())) {
      const plan = this.compile(field.type, boundsOf(this.directive, field), `${type.name}.${field.name}`);
      if (plan) {
        names.push(field.name);
        plans.push(plan);
      }
    }
    const plan: Plan | null = plans.length > 0 ? { kind: 'object', names, plans } : null;
    this.inputs.set(type, plan);
    return plan;
  }

  private leaf(type: GraphQLInputType, bounds: Bounds, where: string): Plan {
    const named = getNamedType(type);
    const { maxLength, min, max } = bounds;
    if (maxLength !== undefined && !(isScalarType(named) && TEXT_SCALARS.has(named.name))) {
      throw new Error(`@${DIRECTIVE}(maxLength) on ${where}, which is not text (String or ID)`);
    }
    if ((min !== undefined || max !== undefined) && !(isScalarType(named) && NUMBER_SCALARS.has(named.name))) {
      throw new Error(`@${DIRECTIVE}(min, max) on ${where}, which is not a number (Int or Float)`);
    }
    if (maxLength !== undefined) return { kind: 'text', maxLength };
    const range = min !== undefined && max !== undefined ? `between ${min} and ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
    return { kind: 'number', min: min ?? -Infinity, max: max ?? Infinity, range };
  }
}
