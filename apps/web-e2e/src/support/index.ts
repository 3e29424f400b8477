// The harness of the browser tests: useE2e() in a test file starts what they need.
export { useE2e, type E2e } from './e2e';
export { checkAccessibility } from './a11y';
export { screenshot, screenshotDir } from './screenshots';
export { pageProblems, desktopViewport } from './browser';
export { drafts, type People, type Person, type RoundRef } from './demo';
export { localDateFromToday, roundFromToday, type RoundFromToday } from './rounds';
export { eventually, reloadUntilVisible } from './eventually';
export { cellTexts, inspect, openMenu, signIn, signInToRound, tableRow } from './pages';
