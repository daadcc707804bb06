export { EngineError } from './engine-error.ts';
export { apiErrorOf, meiliErrorCode } from './api-error.ts';
