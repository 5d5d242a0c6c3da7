/**
 * Modules the start-up script and the .docx chunk both use, handed to the
 * chunk through one global so the page carries them once. The build maps the
 * chunk's imports of these modules to this table (scripts/build-web.mjs).
 */
import * as dateFormat from 'date-fns/format';
import * as dateLocaleSv from 'date-fns/locale/sv';
import * as time from '../core/time.js';
import * as rulesets from '../check/rulesets.js';
import * as agreement from '../schema/agreement.js';
import * as validate from '../core/validate.js';
import * as check from '../check/check.js';

export const SHARED_MODULES = {
  'check/rulesets': rulesets,
  'schema/agreement': agreement,
  'core/time': time,
  'core/validate': validate,
  'check/check': check,
  'date-fns/format': dateFormat,
  'date-fns/locale/sv': dateLocaleSv,
} as const;

(globalThis as { samverkanShared?: typeof SHARED_MODULES }).samverkanShared = SHARED_MODULES;
