/** Every command of the CLI, in the order an officer uses them and `--help` lists them. */
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { register as validate } from './validate.js';
import { register as newAgreement } from './new.js';
import { register as check } from './check.js';
import { register as report } from './report.js';
import { register as render } from './render.js';
import { register as compare } from './compare.js';
import { register as editor } from './editor.js';

export const COMMANDS: ((program: Command, ctx: CliContext) => void)[] = [newAgreement, validate, check, render, report, compare, editor];
