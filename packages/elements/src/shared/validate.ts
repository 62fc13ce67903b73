/**
 * The validator, as the one module the components load lazily for `src`. A dynamic import of
 * `@sanding/data/validate` itself keeps every export of it in the chunk; this re-export keeps
 * only `validateRegulation`, which is smaller.
 */
export { validateRegulation } from '@sanding/data/validate';
