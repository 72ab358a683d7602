// Types of browser-setup.mjs (plain JavaScript, run before dependencies exist) for the TypeScript tests.
export interface BrowserSetupFacts {
  uid: number;
  /** `sudo -n true` succeeds: sudo without a password. */
  sudo: boolean;
  aptGet: boolean;
  chromium: boolean;
  fonts: boolean;
  /** CHROMIUM_PATH, when the user gave one. */
  chromiumPath?: string | undefined;
}

export type BrowserSetupAction = { kind: 'ready' } | { kind: 'install'; sudo: boolean; packages: string[] } | { kind: 'stop'; message: string };

export const BROWSER_PACKAGES: string[];
export const DEBIAN_CHROMIUM: string;
export function browserSetupAction(facts: BrowserSetupFacts): BrowserSetupAction;
export function testsNeedBrowser(args: string[], root: string): boolean;
export function probeBrowserSetup(env?: NodeJS.ProcessEnv): BrowserSetupFacts;
export function ensureBrowser(env?: NodeJS.ProcessEnv): void;
