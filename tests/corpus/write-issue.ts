import { writeFileSync } from 'node:fs';
import { corpusIssueYaml } from './issue.js';

writeFileSync(new URL('./hard-cases.yaml', import.meta.url), corpusIssueYaml());
