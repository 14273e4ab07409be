// Regenerates resources/calendar/cn-workdays.json from the chinese-days package.
// Run after upgrading chinese-days (it gains the next year each November):
//   node scripts/generate-calendar.mjs
// Every year from FIRST_YEAR that the package knows is written; nothing is guessed.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIRST_YEAR = 2024;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'resources', 'calendar', 'cn-workdays.json');

const require = createRequire(import.meta.url);
const pkgFile = require.resolve('chinese-days/package.json');
const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
const yearsDir = join(dirname(pkgFile), 'dist', 'years');

// chinese-days uses short names for some festivals; the State Council notices use these.
const officialNames = {
  元旦: '元旦',
  春节: '春节',
  清明: '清明节',
  劳动节: '劳动节',
  端午: '端午节',
  中秋: '中秋节',
  国庆节: '国庆节',
};

const problems = [];

/** chinese-days values look like "National Day,国庆节,3": English, Chinese, duration. */
function chineseName(date, value) {
  const parts = String(value).split(',');
  const zh = parts[1]?.trim();
  if (!zh) {
    problems.push(`${date}: cannot read festival name from "${value}"`);
    return '';
  }
  return officialNames[zh] ?? zh;
}

function isWeekend(date) {
  const [y, m, d] = date.split('-').map(Number);
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return dow === 0 || dow === 6;
}

function sortedEntries(obj) {
  return Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const available = readdirSync(yearsDir)
  .map((f) => /^(\d{4})\.json$/.exec(f)?.[1])
  .filter((y) => y !== undefined)
  .map(Number)
  .filter((y) => y >= FIRST_YEAR)
  .sort((a, b) => a - b);

const years = {};
for (const year of available) {
  const raw = JSON.parse(readFileSync(join(yearsDir, `${year}.json`), 'utf8'));
  const holidays = {};
  const workdays = {};
  for (const [date, value] of sortedEntries(raw.holidays ?? {})) {
    if (!date.startsWith(`${year}-`)) problems.push(`${date}: listed under ${year}`);
    holidays[date] = chineseName(date, value);
  }
  for (const [date, value] of sortedEntries(raw.workdays ?? {})) {
    if (!date.startsWith(`${year}-`)) problems.push(`${date}: listed under ${year}`);
    if (!isWeekend(date)) problems.push(`${date}: make-up workday is not on a weekend`);
    if (date in holidays) problems.push(`${date}: both holiday and workday`);
    workdays[date] = `${chineseName(date, value)}调休`;
  }
  for (const festival of ['元旦', '春节', '国庆节']) {
    if (!Object.values(holidays).includes(festival)) problems.push(`${year}: no ${festival} holiday`);
  }
  years[String(year)] = { holidays, workdays };
}

if (available.length === 0) problems.push(`no year >= ${FIRST_YEAR} in ${yearsDir}`);

if (problems.length > 0) {
  console.error('generate-calendar: refusing to write, the source data looks wrong:');
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}

const output = {
  format: 'halldesk-calendar',
  version: 1,
  source: `chinese-days ${pkg.version}`,
  years,
};

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(output, null, 2)}\n`, 'utf8');
console.log(`generate-calendar: wrote ${available.join(', ')} to ${outFile}`);
