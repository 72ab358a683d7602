import type { ProgramOrder, ProgramPageQuery } from '../db/program/program.repository.js';
import type { Repositories } from '../db/repositories.js';
import { pageLoader } from './page-loader.js';

/** Per-request loaders of the program domain. */
export function createProgramLoaders(repositories: Repositories) {
  return {
    /** Pages of programs (`programs`). */
    pages: pageLoader<ProgramOrder, Omit<ProgramPageQuery, 'key'>>((order, queries) => repositories.programs.pages(order, queries)),
  };
}
