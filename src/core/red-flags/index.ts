export * from './answers-schema.ts';
export * from './questions.ts';
export * from './screen.ts';
