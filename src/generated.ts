/**
 * The files in the repository that are generated from code, by path. One
 * place for `npm run generate` to write them and for a test to find them stale.
 */
import { FRAMEWORK_IDS } from './core/model.js';
import { agreementSchema } from './schema/agreement.js';
import { editorSchema } from './schema/editor.js';
import { schemaReferenceMarkdown } from './schema/reference.js';
import { rulesMarkdown } from './check/docs.js';
import { codesMarkdown } from './core/codes-docs.js';
import { validatorsModuleSource } from './schema/compile.js';

export function generatedFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'schemas/agreement.schema.json': JSON.stringify(editorSchema(agreementSchema()), null, 2) + '\n',
    'docs/schema-reference.md': schemaReferenceMarkdown(),
    'docs/rules.md': rulesMarkdown(),
    'docs/koder.md': codesMarkdown(),
    'src/schema/validators.generated.ts': validatorsModuleSource(),
  };
  for (const fw of FRAMEWORK_IDS) files[`schemas/${fw}.schema.json`] = JSON.stringify(editorSchema(agreementSchema(fw)), null, 2) + '\n';
  return files;
}
