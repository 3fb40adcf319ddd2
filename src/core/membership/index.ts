export * from './entitlement.ts';
export * from './features.ts';
