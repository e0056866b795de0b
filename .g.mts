import { formatProblem, validateContent } from './src/lib/guard';
import { readContentFiles } from './src/plugins/content-files';
const { problems } = validateContent(readContentFiles(process.cwd()));
for (const p of problems) console.log(formatProblem(p));
console.log(`${problems.length} problems`);
