/**
 * The console's entry point, loaded by `index.html`: defines the elements.
 * The page holds one `<aftercare-console>`.
 */
import './define.js';

export { AftercareConsole } from './aftercare-console.js';
