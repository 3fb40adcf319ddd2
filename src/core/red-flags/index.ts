export * from './questions.ts';
export * from './screen.ts';
