/** samverkan's version, as `--version` prints it and SARIF names the tool. Keep in step with package.json (a test checks). */
export const VERSION = '0.1.0';
