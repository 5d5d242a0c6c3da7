/**
 * Modules the start-up script and the .docx chunk both use, handed to the
 * chunk through one global so the page carries them once. The build maps the
 * chunk's imports of these modules to this table (scripts/build-web.mjs).
 */
import * as dateFormat from 'date-fns/format';
import * as dateLocaleSv from 'date-fns/locale/sv';
import * as time from '../core/time.js';
import * as regions from '../core/regions.js';
import * as activities from '../core/activities.js';
import * as suggest from '../core/suggest.js';
import * as dates from '../core/dates.js';
import * as numbers from '../core/numbers.js';
import * as rulesets from '../check/rulesets.js';
import * as agreement from '../schema/agreement.js';
import { fieldLabel, validateAgreementText } from '../core/validate.js';
import { checkAgreement } from '../check/check.js';

export const SHARED_MODULES = {
  'check/rulesets': rulesets,
  'schema/agreement': agreement,
  'core/time': time,
  'core/regions': regions,
  'core/activities': activities,
  'core/suggest': suggest,
  'core/dates': dates,
  'core/numbers': numbers,
  // Named, not the whole module, so the start-up script keeps only what it uses anyway.
  'core/validate': { fieldLabel, validateAgreementText },
  'check/check': { checkAgreement },
  'date-fns/format': dateFormat,
  'date-fns/locale/sv': dateLocaleSv,
} as const;

(globalThis as { samverkanShared?: typeof SHARED_MODULES }).samverkanShared = SHARED_MODULES;
