export * from './entities';
export * from './data-source';
export * from './repositories/projection.repository';
export * from './repositories/initiative-read.repository';
export * from './repositories/round.repository';
