export * from './entitlement.ts';
export * from './features.ts';
export * from './price.ts';
