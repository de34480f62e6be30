/**
 * Registers every element of the console. Importing a view module defines
 * its element (Lit's `@customElement`); this module pulls them all in.
 */
import './aftercare-console.js';
