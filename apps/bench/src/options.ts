import { FULL, QUICK, type Sizes } from './sizes';
import type { StackName } from './stack/stack';

export const SCENARIOS = ['baseline', 'saves', 'crush', 'fanout', 'live', 'ranking', 'web'] as const;
export type ScenarioKey = (typeof SCENARIOS)[number];

export interface Options {
  sizes: Sizes;
  profile: boolean;
  scenarios: Set<ScenarioKey>;
  stacks: StackName[];
  /** Only a complete full run rewrites docs/benchmarks.md. */
  writeResults: boolean;
}

export const USAGE = `npm run bench [-- options]
  --quick              every scenario briefly at small sizes, the API from its sources; exits non-zero if one does not complete
  --profile            CPU-profile the API during each measured phase and report where the time went
  --only=a,b           run only these of ${SCENARIOS.join(', ')} (the results file is then left alone)
  --stack=sqlite|postgres   run against one stack only (the results file is then left alone)`;

const STACKS: Record<string, StackName> = { sqlite: 'SQLite', postgres: 'PostgreSQL + Redis' };

export function parseOptions(argv: string[]): Options {
  const options: Options = { sizes: FULL, profile: false, scenarios: new Set(SCENARIOS), stacks: Object.values(STACKS), writeResults: true };
  for (const arg of argv) {
    const [flag, value = ''] = arg.split('=');
    if (flag === '--quick') options.sizes = QUICK;
    else if (flag === '--profile') options.profile = true;
    else if (flag === '--only') {
      const picked = value.split(',').filter(Boolean);
      const wrong = picked.filter((p) => !(SCENARIOS as readonly string[]).includes(p));
      if (picked.length === 0 || wrong.length > 0) throw new Error(`--only takes some of ${SCENARIOS.join(', ')}\n${USAGE}`);
      options.scenarios = new Set(picked as ScenarioKey[]);
      options.writeResults = false;
    } else if (flag === '--stack') {
      const stack = STACKS[value];
      if (!stack) throw new Error(`--stack takes sqlite or postgres\n${USAGE}`);
      options.stacks = [stack];
      options.writeResults = false;
    } else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  if (options.sizes.mode === 'quick') options.writeResults = false;
  return options;
}
