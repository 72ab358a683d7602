import contract from '../../contract/operations.graphql?raw';

/**
 * The contract's operations, one GraphiQL tab each, with the comment that
 * explains it and variables that work on the data this server holds.
 *
 * contract/operations.graphql is the repository's copy of
 * shared/contract/operations.graphql, so the build needs nothing outside it;
 * test/unit/contract-copy.test.ts fails when the two drift apart.
 */
export interface ExampleTab {
  name: string;
  query: string;
  variables: string;
}

/** Ids to put in the examples' variables, read from the server when the page opens. */
export interface ExampleIds {
  person?: string;
  otherPerson?: string;
  organization?: string;
  event?: string;
  program?: string;
  place?: string;
}

// Variables by operation name; an id the server could not supply is left as a placeholder to fill in.
function variablesFor(name: string, ids: ExampleIds): Record<string, unknown> {
  const id = (value: string | undefined, what: string) => value ?? `<id của ${what}>`;
  switch (name) {
    case 'Search':
      return { q: 'hoi quan', kinds: ['MODEL', 'EVENT'], first: 5 };
    case 'PersonTimeline':
      return { id: id(ids.person, 'một nhân vật') };
    case 'OfficeHolders':
      return { id: id(ids.organization, 'một tổ chức'), at: null };
    case 'Models':
      return { filter: { text: 'hoi quan' }, first: 10 };
    case 'EventDetail':
      return { id: id(ids.event, 'một sự kiện') };
    case 'ProgramDetail':
      return { id: id(ids.program, 'một chương trình') };
    case 'PlaceDetail':
      return { id: id(ids.place, 'một địa danh') };
    case 'Neighborhood':
      return { id: id(ids.person, 'một đối tượng'), depth: 1, limit: 30 };
    case 'Connection':
      return { from: id(ids.person, 'đối tượng đầu'), to: id(ids.otherPerson, 'đối tượng cuối'), maxHops: 4 };
    default:
      return {};
  }
}

/** Splits the contract into its operations, each keeping the comment lines right above it. */
export function contractExamples(ids: ExampleIds): ExampleTab[] {
  const tabs: ExampleTab[] = [];
  let comments: string[] = [];
  let operation: string[] | null = null;
  for (const line of contract.split('\n')) {
    if (operation) {
      operation.push(line);
      // Operations in the contract close with a brace in the first column.
      if (line === '}') {
        const query = operation.join('\n');
        const name = /^query\s+(\w+)/m.exec(query)?.[1] ?? '';
        tabs.push({ name, query: `${query}\n`, variables: JSON.stringify(variablesFor(name, ids), null, 2) });
        operation = null;
      }
    } else if (/^query\s/.test(line)) {
      operation = [...comments, line];
      comments = [];
    } else if (line.startsWith('#')) {
      comments.push(line);
    } else if (line.trim() === '') {
      comments = [];
    }
  }
  return tabs;
}
