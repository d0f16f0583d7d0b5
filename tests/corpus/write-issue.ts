import { writeFileSync } from 'node:fs';
import { corpusIssueYaml, titlesIssueYaml } from './issue.js';

writeFileSync(new URL('./hard-cases.yaml', import.meta.url), corpusIssueYaml());
writeFileSync(new URL('./titles.yaml', import.meta.url), titlesIssueYaml());
