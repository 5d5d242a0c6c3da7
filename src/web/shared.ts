/**
 * Modules the start-up script and the .docx chunk both use, handed to the
 * chunk through one global so the page carries them once. The build maps the
 * chunk's imports of these modules to this table (scripts/build-web.mjs).
 */
import * as activities from '../core/activities.js';
import * as dates from '../core/dates.js';
import * as id from '../core/id.js';
import * as numbers from '../core/numbers.js';
import * as regions from '../core/regions.js';
import * as term from '../core/term.js';
import * as suggest from '../core/suggest.js';
import * as time from '../core/time.js';
import * as rulesets from '../check/rulesets.js';
import * as agreement from '../schema/agreement.js';
import { fieldLabel, validateAgreementBytes, validateAgreementText } from '../core/validate.js';
import { checkAgreement } from '../check/check.js';

const SHARED_MODULES = {
  'check/rulesets': rulesets,
  'schema/agreement': agreement,
  'core/time': time,
  // The domain vocabulary (dates with their locales, the term, activities, numbers, municipalities, the id rule): the start-up script has it already.
  'core/dates': dates,
  'core/term': term,
  'core/activities': activities,
  'core/numbers': numbers,
  'core/regions': regions,
  'core/id': id,
  'core/suggest': suggest,
  // Named, not the whole module, so the start-up script keeps only what it uses anyway.
  'core/validate': { fieldLabel, validateAgreementBytes, validateAgreementText },
  'check/check': { checkAgreement },
} as const;

(globalThis as { samverkanShared?: typeof SHARED_MODULES }).samverkanShared = SHARED_MODULES;
