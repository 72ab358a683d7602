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

/** Checks one coerced value; undefined when it is within its bounds. */
type Check = (value: unknown) => Fault | undefined;

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
      const checks = field.args.flatMap((arg) => {
        const check = compiler.argument(arg, `${type.name}.${field.name}(${arg.name})`);
        return check ? [[arg.name, check] as const] : [];
      });
      if (checks.length > 0) wrapResolver(field, checks);
    }
  }
}

/** The bounds stated on an argument or input field, or undefined when it states none. */
export function boundsOf(directive: GraphQLDirective, target: GraphQLArgument | GraphQLInputField): Bounds | undefined {
  if (!target.astNode) return undefined;
  const values = getDirectiveValues(directive, target.astNode) as Bounds | undefined;
  return values && Object.keys(values).length > 0 ? values : undefined;
}

function wrapResolver(field: GraphQLField<unknown, unknown>, checks: readonly (readonly [string, Check])[]): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args: Record<string, unknown>, context, info) => {
    let problems: Problem[] | undefined;
    for (const [name, check] of checks) {
      const value = args[name];
      if (value === undefined || value === null) continue;
      const fault = check(value);
      if (fault) (problems ??= []).push({ field: `${name}${fault.path}`, message: fault.message });
    }
    if (problems) throw new InputError(problems);
    return resolve(source, args, context, info);
  };
}

const TEXT_SCALARS = new Set<string>([GraphQLString.name, GraphQLID.name]);
const NUMBER_SCALARS = new Set<string>([GraphQLInt.name, GraphQLFloat.name]);

// Code points are never more than UTF-16 units: only text longer in units than
// the bound is counted character by character.
function characters(text: string, max: number): number {
  if (text.length <= max) return text.length;
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

class BoundsCompiler {
  // Per input object type; null when nothing inside it is bounded. Set before
  // its fields are compiled, so that a type that contains itself ends.
  private readonly inputs = new Map<GraphQLInputObjectType, Check | null>();

  constructor(private readonly directive: GraphQLDirective) {}

  argument(arg: GraphQLArgument, where: string): Check | null {
    return this.compile(arg.type, boundsOf(this.directive, arg), where);
  }

  private compile(type: GraphQLInputType, bounds: Bounds | undefined, where: string): Check | null {
    if (isNonNullType(type)) return this.compile(type.ofType, bounds, where);
    if (isListType(type)) return this.list(type.ofType, bounds, where);
    if (bounds?.maxItems !== undefined) throw new Error(`@${DIRECTIVE}(maxItems) on ${where}, which is not a list`);
    if (isInputObjectType(type)) {
      if (bounds) throw new Error(`@${DIRECTIVE} on ${where}: bound the fields of ${type.name} instead`);
      return this.inputObject(type);
    }
    return bounds ? this.leaf(type, bounds, where) : null;
  }

  private list(itemType: GraphQLInputType, bounds: Bounds | undefined, where: string): Check | null {
    const { maxItems, ...itemBounds } = bounds ?? {};
    const item = this.compile(itemType, Object.keys(itemBounds).length > 0 ? itemBounds : undefined, `${where}[]`);
    if (maxItems === undefined && !item) return null;
    return (value) => {
      // A single value where a list is expected was coerced into a list of one by graphql-js.
      if (!Array.isArray(value)) return undefined;
      if (maxItems !== undefined && value.length > maxItems) return { path: '', message: `must list at most ${maxItems} items, got ${value.length}` };
      if (!item) return undefined;
      for (let i = 0; i < value.length; i++) {
        const element: unknown = value[i];
        if (element === null || element === undefined) continue;
        const fault = item(element);
        if (fault) return { path: `[${i}]${fault.path}`, message: fault.message };
      }
      return undefined;
    };
  }

  private inputObject(type: GraphQLInputObjectType): Check | null {
    if (this.inputs.has(type)) return this.inputs.get(type) ?? null;
    this.inputs.set(type, null);
    const fields = Object.values(type.getFields()).flatMap((field) => {
      const check = this.compile(field.type, boundsOf(this.directive, field), `${type.name}.${field.name}`);
      return check ? [[field.name, check] as const] : [];
    });
    if (fields.length === 0) return null;
    const check: Check = (value) => {
      if (typeof value !== 'object' || value === null) return undefined;
      for (const [name, fieldCheck] of fields) {
        const fieldValue = (value as Record<string, unknown>)[name];
        if (fieldValue === undefined || fieldValue === null) continue;
        const fault = fieldCheck(fieldValue);
        if (fault) return { path: `.${name}${fault.path}`, message: fault.message };
      }
      return undefined;
    };
    this.inputs.set(type, check);
    return check;
  }

  private leaf(type: GraphQLInputType, bounds: Bounds, where: string): Check {
    const named = getNamedType(type);
    const { maxLength, min, max } = bounds;
    if (maxLength !== undefined && !(isScalarType(named) && TEXT_SCALARS.has(named.name))) {
      throw new Error(`@${DIRECTIVE}(maxLength) on ${where}, which is not text (String or ID)`);
    }
    if ((min !== undefined || max !== undefined) && !(isScalarType(named) && NUMBER_SCALARS.has(named.name))) {
      throw new Error(`@${DIRECTIVE}(min, max) on ${where}, which is not a number (Int or Float)`);
    }
    if (maxLength !== undefined) {
      return (value) => {
        if (typeof value !== 'string') return undefined;
        const length = characters(value, maxLength);
        return length > maxLength ? { path: '', message: `must be at most ${maxLength} characters, got ${length}` } : undefined;
      };
    }
    const range = min !== undefined && max !== undefined ? `between ${min} and ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
    return (value) => {
      if (typeof value !== 'number') return undefined;
      return (min !== undefined && value < min) || (max !== undefined && value > max) ? { path: '', message: `must be ${range}, got ${value}` } : undefined;
    };
  }
}
