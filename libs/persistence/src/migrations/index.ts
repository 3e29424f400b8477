import { InitialSchema1764230400000 } from './1764230400000-initial-schema';

/** Every migration, in order. A new one is added here and never edited after it has run. */
export const migrations = [InitialSchema1764230400000];
