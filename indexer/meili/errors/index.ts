export { EngineError } from './engine-error.ts';
