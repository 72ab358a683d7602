import { readFileSync } from 'node:fs';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { CONTRACT_FILE } from '../../api/paths.js';

/** The public contract's operations (the repository's copy) by name, each printed as a standalone document. */
export function contractOperations(): Map<string, string> {
  const document = parse(readFileSync(CONTRACT_FILE, 'utf8'));
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
