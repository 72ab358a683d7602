import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { SHARED_DIR } from '../../api/paths.js';

/** The public contract's operations by name, each printed as a standalone document. */
export function contractOperations(): Map<string, string> {
  const document = parse(readFileSync(path.join(SHARED_DIR, 'contract', 'operations.graphql'), 'utf8'));
  const operations = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition' && definition.name) {
      operations.set(definition.name.value, print(definition as OperationDefinitionNode));
    }
  }
  return operations;
}

export function contractOperation(name: string): string {
  const text = contractOperations().get(name);
  if (!text) throw new Error(`the contract has no operation named ${name}`);
  return text;
}
