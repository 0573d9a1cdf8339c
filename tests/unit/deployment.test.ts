import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, posix, resolve } from 'node:path';
import { parse, type CollectionTag, type ScalarTag } from 'yaml';
import { LANGUAGE_FILES } from '../../lambda/src/localization/i18n';
import { PEOPLE_INDEX, progressTableDefinition } from '../../lambda/src/stores/dynamodb';
import { EXPIRY_ATTRIBUTE } from '../../lambda/src/stores/expiry';
import { BUILD_ENTRY, BUILD_OPTIONS, BUILD_OUTFILE, SDK_EXTERNAL } from '../../scripts/lib/build-options';
import { invocationPatterns, normalizeUtterance, oneShotRequests, resolverFor } from '../../scripts/lib/resolver';
import { VIEWPORT_PROFILES } from '../../lambda/src/screens/viewports';
import { isLanguage, type Language } from '../../lambda/src/localization/locales';
import { LANGUAGE_ROWS } from '../harness/languages';
import { ROUTINE_IDS } from '../../lambda/src/coach/catalog';
import { REMINDERS_SCOPE } from '../../lambda/src/coach/reminders';
import { START_ROUTINE_TASK } from '../../lambda/src/voice/handoff';
import { smapiTypeProblems, type TypedJson } from '../harness/smapi-types';

/**
 * Offline checks of the deployment: the CloudFormation template, ask-resources.json
 * and the skill manifest agree with each other and with what the code and the build
 * really use. Nothing here talks to AWS or Amazon.
 */

const ROOT = resolve(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const readJson = (path: string): unknown => JSON.parse(read(path));

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object at a path, failing the test with the path when it is missing. */
function at(value: unknown, ...path: string[]): Json {
  let current = value;
  for (const key of path) {
    if (!isObject(current)) throw new Error(`expected an object before "${key}" in ${path.join('.')}`);
    current = current[key];
  }
  if (!isObject(current)) throw new Error(`expected an object at ${path.join('.')}`);
  return current;
}

/** Width and height from a PNG's header, failing on anything that is not a PNG. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

// --- CloudFormation YAML ---------------------------------------------------------------

/**
 * CloudFormation's short-form intrinsic functions (!Ref, !GetAtt, !Sub, ...) are YAML
 * tags that a plain YAML parser rejects; each becomes its long form ({ Ref }, { Fn::X }).
 */
const FUNCTIONS = ['Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'If', 'Equals', 'Not', 'And', 'Or'];
const toLongForm = (name: string, value: unknown): Json => (name === 'Ref' || name === 'Condition' ? { [name]: value } : { [`Fn::${name}`]: value });
const CFN_TAGS: (ScalarTag | CollectionTag)[] = [
  ...['Ref', 'Condition', ...FUNCTIONS].flatMap((name): (ScalarTag | CollectionTag)[] => [
    { tag: `!${name}`, resolve: (value: string) => toLongForm(name, value) },
    { tag: `!${name}`, collection: 'seq', resolve: (seq) => toLongForm(name, seq.toJSON()) },
    { tag: `!${name}`, collection: 'map', resolve: (map) => toLongForm(name, map.toJSON()) },
  ]),
  // "!GetAtt Resource.Attribute" is the short form of ["Resource", "Attribute"].
  { tag: '!GetAtt', resolve: (value: string) => ({ 'Fn::GetAtt': [value.slice(0, value.indexOf('.')), value.slice(value.indexOf('.') + 1)] }) },
  { tag: '!GetAtt', collection: 'seq', resolve: (seq) => ({ 'Fn::GetAtt': seq.toJSON() }) },
];

const TEMPLATE_PATH = 'infrastructure/cfn-deployer/skill-stack.yaml';
const template = at(parse(read(TEMPLATE_PATH), { customTags: CFN_TAGS }));
const resources = at(template, 'Resources');
const parameters = at(template, 'Parameters');

function resourcesOfType(type: string): [string, Json][] {
  return Object.entries(resources).flatMap(([id, resource]) => (isObject(resource) && resource.Type === type ? [[id, resource] as [string, Json]] : []));
}

function onlyResource(type: string): [string, Json] {
  const found = resourcesOfType(type);
  expect(found.map(([id]) => id)).toHaveLength(1);
  return found[0]!;
}

/** Every { Ref }, { Fn::GetAtt } and ${Name} in a Fn::Sub string anywhere under a value. */
function references(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(references);
  if (!isObject(value)) return [];
  const own: string[] = [];
  if (typeof value.Ref === 'string') own.push(value.Ref);
  const getAtt = value['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') own.push(getAtt[0]);
  const sub = value['Fn::Sub'];
  const subText = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
  const subVariables = Array.isArray(sub) && isObject(sub[1]) ? Object.keys(sub[1]) : [];
  for (const match of (subText ?? '').matchAll(/\$\{([^}!]+)\}/g)) {
    const name = match[1]!.split('.')[0]!;
    if (!subVariables.includes(name)) own.push(name);
  }
  return [...own, ...Object.values(value).flatMap(references)];
}

const isRef = (value: unknown, target: string) => isObject(value) && value.Ref === target;
const isGetAtt = (value: unknown, target: string, attribute: string) =>
  isObject(value) && JSON.stringify(value['Fn::GetAtt']) === JSON.stringify([target, attribute]);

// --- What the code and the build use ---------------------------------------------------

/** Environment variables the Lambda entry and the store factory read. */
function envNamesReadByCode(): Set<string> {
  const names = new Set<string>();
  for (const file of ['lambda/src/index.ts', 'lambda/src/stores/index.ts']) {
    const source = read(file);
    for (const match of source.matchAll(/\benv\.([A-Z][A-Z0-9_]*)|\benv\[\s*'([A-Z][A-Z0-9_]*)'\s*\]|\(\s*env\s*,\s*'([A-Z][A-Z0-9_]*)'/g)) {
      names.add(match[1] ?? match[2] ?? match[3]!);
    }
  }
  return names;
}

/** Set by Lambda itself; a function may not define them. */
const LAMBDA_RESERVED_ENV = [
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_EXECUTION_ENV',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
  '_HANDLER',
];

/** What `npm run build` produces, from the options the build itself uses. */
function buildScript(): { entry: string; outfile: string; format: string; externals: string[] } {
  return { entry: BUILD_ENTRY, outfile: BUILD_OUTFILE, format: BUILD_OPTIONS.format, externals: [...SDK_EXTERNAL] };
}

const askResources = readJson('ask-resources.json');
const profile = at(askResources, 'profiles', 'default');
const userConfig = at(profile, 'skillInfrastructure', 'userConfig');
const manifest = at(readJson('skill-package/skill.json'), 'manifest');
const normalizePath = (path: string) => posix.normalize(path.replace(/^\.\//, '')).replace(/\/$/, '');

describe('the CloudFormation template', () => {
  test('declares exactly the parameters @ask-cli/cfn-deployer passes, all strings', () => {
    expect(Object.keys(parameters).sort()).toEqual(['CodeBucket', 'CodeKey', 'CodeVersion', 'LambdaHandler', 'LambdaRuntime', 'SkillId']);
    for (const parameter of Object.values(parameters)) expect(at(parameter).Type).toBe('String');
    // The deployer switches to fetching skill credentials when these words appear in the template.
    expect(read(TEMPLATE_PATH)).not.toMatch(/SkillClientId|SkillClientSecret/);
  });

  test('every Ref, GetAtt and Sub variable names a parameter, a resource or a pseudo parameter', () => {
    const known = new Set([...Object.keys(parameters), ...Object.keys(resources), 'AWS::Region', 'AWS::AccountId', 'AWS::Partition', 'AWS::StackName', 'AWS::StackId', 'AWS::URLSuffix', 'AWS::NoValue']);
    const unknown = references({ Resources: resources, Outputs: template.Outputs }).filter((name) => !known.has(name));
    expect(unknown).toEqual([]);
  });

  test('the function runs the uploaded bundle on the runtime and handler ask-resources.json names, within Alexa’s 8 s', () => {
    const [, fn] = onlyResource('AWS::Lambda::Function');
    const properties = at(fn, 'Properties');
    expect(isRef(properties.Runtime, 'LambdaRuntime')).toBe(true);
    expect(isRef(properties.Handler, 'LambdaHandler')).toBe(true);
    const code = at(properties, 'Code');
    expect([isRef(code.S3Bucket, 'CodeBucket'), isRef(code.S3Key, 'CodeKey'), isRef(code.S3ObjectVersion, 'CodeVersion')]).toEqual([true, true, true]);
    expect(properties.Timeout).toEqual(expect.any(Number));
    expect(properties.Timeout as number).toBeLessThan(8);
    expect(properties.MemorySize as number).toBeGreaterThanOrEqual(128);
  });

  test('wires the environment the code reads: DynamoDB storage in this stack’s table, and the skill id', () => {
    const [tableId] = onlyResource('AWS::DynamoDB::Table');
    const [, fn] = onlyResource('AWS::Lambda::Function');
    const variables = at(fn, 'Properties', 'Environment', 'Variables');
    const readByCode = envNamesReadByCode();
    // Every variable set is one the code reads (a typo would be silently ignored at run time)...
    expect(Object.keys(variables).filter((name) => !readByCode.has(name))).toEqual([]);
    // ...none is Lambda's own, and the local-development switches stay off.
    expect(Object.keys(variables).filter((name) => LAMBDA_RESERVED_ENV.includes(name))).toEqual([]);
    expect(variables).not.toHaveProperty('DYNAMODB_ENDPOINT');
    expect(variables).not.toHaveProperty('DYNAMODB_CREATE_TABLE');
    expect(variables.PERSISTENCE).toBe('dynamodb');
    expect(isRef(variables.DYNAMODB_TABLE, tableId)).toBe(true);
    expect(isRef(variables.SKILL_ID, 'SkillId')).toBe(true);
  });

  test('the table is the one the store uses: on-demand, key id (String), the people index, and expiry on the store’s attribute', () => {
    const [, table] = onlyResource('AWS::DynamoDB::Table');
    const properties = at(table, 'Properties');
    const definition = progressTableDefinition('any');
    expect(properties.BillingMode).toBe(definition.BillingMode);
    expect(properties.KeySchema).toEqual(definition.KeySchema);
    expect(properties.AttributeDefinitions).toEqual(definition.AttributeDefinitions);
    expect(properties.GlobalSecondaryIndexes).toEqual(definition.GlobalSecondaryIndexes);
    expect(properties.TimeToLiveSpecification).toEqual({ AttributeName: EXPIRY_ATTRIBUTE, Enabled: true });
  });

  test('the role allows only the item calls on that one table, and writing its own logs', () => {
    const [tableId] = onlyResource('AWS::DynamoDB::Table');
    const [roleId, role] = onlyResource('AWS::IAM::Role');
    const [, fn] = onlyResource('AWS::Lambda::Function');
    expect(isGetAtt(at(fn, 'Properties').Role, roleId, 'Arn')).toBe(true);
    expect(at(role, 'Properties').ManagedPolicyArns).toBeUndefined();
    expect(resourcesOfType('AWS::IAM::Policy')).toEqual([]);
    expect(resourcesOfType('AWS::IAM::ManagedPolicy')).toEqual([]);

    const statements = asArray(at(role, 'Properties').Policies).flatMap((policy) => asArray(at(policy, 'PolicyDocument').Statement).map((s) => at(s)));
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(statement.Effect).toBe('Allow');
      expect(statement.NotAction).toBeUndefined();
      expect(statement.NotResource).toBeUndefined();
      for (const action of asArray(statement.Action)) expect(String(action)).not.toContain('*');
      // Resources are this stack's own resources, never a written-out ARN pattern or "*".
      for (const resource of asArray(statement.Resource)) expect(typeof resource).not.toBe('string');
    }
    const dynamo = statements.filter((s) => asArray(s.Action).some((a) => String(a).startsWith('dynamodb:')));
    // Exactly the calls the store makes outside local table creation (lambda/src/stores/dynamodb.ts).
    const commands = [...read('lambda/src/stores/dynamodb.ts').matchAll(/new (\w+)Command\(/g)].map((m) => m[1]!);
    const storeCalls = [...new Set(commands)].filter((name) => !['CreateTable', 'DescribeTable'].includes(name)).map((name) => `dynamodb:${name}`);
    expect(dynamo.flatMap((s) => asArray(s.Action)).sort()).toEqual(storeCalls.sort());
    expect(storeCalls.sort()).toEqual(['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query']);
    for (const statement of dynamo) {
      const actions = asArray(statement.Action);
      const onTable = asArray(statement.Resource).every((r) => isGetAtt(r, tableId, 'Arn'));
      // Query only on the people index, never on the table itself.
      const onIndex = asArray(statement.Resource).every((r) => JSON.stringify(r) === JSON.stringify({ 'Fn::Sub': `\${${tableId}.Arn}/index/${PEOPLE_INDEX}` }));
      expect([actions, actions.includes('dynamodb:Query') ? onIndex && actions.length === 1 : onTable]).toEqual([actions, true]);
    }

    const others = statements.filter((s) => !dynamo.includes(s));
    for (const statement of others) {
      for (const action of asArray(statement.Action)) expect(['logs:CreateLogStream', 'logs:PutLogEvents']).toContain(action);
      for (const resource of asArray(statement.Resource)) {
        const [target] = references(resource);
        expect(at(resources, target ?? '').Type).toBe('AWS::Logs::LogGroup');
      }
    }
  });

  test('only this skill may invoke the function, and its ARN is the SkillEndpoint output', () => {
    const [fnId] = onlyResource('AWS::Lambda::Function');
    const [, permission] = onlyResource('AWS::Lambda::Permission');
    const properties = at(permission, 'Properties');
    expect(properties.Principal).toBe('alexa-appkit.amazon.com');
    expect(String(properties.Action).toLowerCase()).toBe('lambda:invokefunction');
    expect(isRef(properties.EventSourceToken, 'SkillId')).toBe(true);
    expect(references(properties.FunctionName)).toEqual([fnId]);
    expect(isGetAtt(at(template, 'Outputs', 'SkillEndpoint').Value, fnId, 'Arn')).toBe(true);
  });
});

describe('ask-resources.json', () => {
  const build = buildScript();

  test('deploys with @ask-cli/cfn-deployer from the template, on Node.js 24, to an Alexa Lambda region', () => {
    expect(askResources).toMatchObject({ askcliResourcesVersion: '2020-03-31' });
    expect(at(profile, 'skillInfrastructure').type).toBe('@ask-cli/cfn-deployer');
    expect(normalizePath(String(userConfig.templatePath))).toBe(TEMPLATE_PATH);
    // Not nodejs20.x: Node 20 reached its end of life on 30 April 2026, and Lambda has refused
    // new nodejs20.x functions since 31 August 2026, so a first deploy would fail. Node 24 is
    // supported until 30 April 2028. tests/integration/bundle.test.ts runs the bundle on it.
    expect(userConfig.runtime).toBe('nodejs24.x');
    const engines = at(readJson('package.json'), 'engines');
    expect(engines.node).toBe('>=20');
    // The regions the ASK CLI deploys to for North America, Europe and the Far East (the skill is en-US: North America).
    expect(userConfig.awsRegion).toBe('us-east-1');
  });

  test('the code is the folder npm run build writes, and the handler is its file and export', () => {
    const src = normalizePath(String(at(profile, 'code', 'default').src));
    expect(src).toBe(posix.dirname(build.outfile));
    expect(build.format).toBe('cjs');
    const [file, exportName] = String(userConfig.handler).split('.');
    expect(`${file}.js`).toBe(basename(build.outfile));
    // The bundle's entry exports the handler under that name (CommonJS: exports.handler).
    expect(read(build.entry)).toMatch(new RegExp(`^export (?:const|function|async function) ${exportName}\\b`, 'm'));
    // AWS SDK v3 may be left out of the bundle only because the nodejs24.x runtime ships it.
    for (const external of build.externals) expect(external).toMatch(/^@aws-sdk\//);
    // ASK CLI zips a folder without package.json as it is: no npm install at deploy time.
    expect(existsSync(join(ROOT, src, 'package.json'))).toBe(false);
  });

  const bundle = join(ROOT, buildScript().outfile);
  (existsSync(bundle) ? test : test.skip)('the built bundle loads and exports the handler (after npm run build)', () => {
    const saved = process.env.PERSISTENCE;
    process.env.PERSISTENCE = 'none';
    try {
      const exported: unknown = jest.requireActual(bundle);
      const [, exportName] = String(userConfig.handler).split('.');
      expect(typeof at(exported)[exportName!]).toBe('function');
    } finally {
      if (saved === undefined) delete process.env.PERSISTENCE;
      else process.env.PERSISTENCE = saved;
    }
  });

  test('the skill package is skill-package/, and the deploy subscribes the skill to SkillDisabled', () => {
    const src = normalizePath(String(at(profile, 'skillMetadata').src));
    expect(src).toBe('skill-package');
    expect(existsSync(join(ROOT, src, 'skill.json'))).toBe(true);
    // ASK CLI writes the events block (with the function's ARN) into skill.json after the stack
    // deploys: a manifest may not name an events endpoint before the function exists.
    expect(asArray(at(userConfig, 'skillEvents').subscriptions)).toContain('SKILL_DISABLED');
    expect(read('lambda/src/handlers/system.ts')).toMatch(/SkillDisabled/);
  });

  test('npm run deploy builds (the interaction models, then the bundle), then deploys with the ASK CLI', () => {
    const scripts = at(readJson('package.json'), 'scripts');
    expect(scripts.deploy).toBe('npm run build && ask deploy');
    expect(scripts.build).toBe('tsx scripts/models.ts && tsx scripts/build.ts');
    expect(scripts.models).toBe('tsx scripts/models.ts');
    expect(read('scripts/build.ts')).toMatch(/buildLambda\(BUILD_ENTRY, BUILD_OUTFILE, \{ external: SDK_EXTERNAL \}\)/);
    // What ASK CLI zips is the folder: the entry, the screens beside it, and each language's words in languages/.
    expect(normalizePath(String(at(profile, 'code', 'default').src))).toBe('lambda/dist');
    expect(read('scripts/lib/build-options.ts')).toMatch(/outfile: join\(dirname\(outfile\), SCREENS_FILE\)/);
    expect(read('scripts/lib/build-options.ts')).toMatch(/writeFile\(join\(dirname\(outfile\), languageFile\(language\)\)/);
  });

  test('the ASK CLI is a pinned dev dependency of the deploy workspace, with the override it needs to start, where npm run deploy finds it', () => {
    const root = at(readJson('package.json'));
    expect(root.workspaces).toEqual(['deploy']);
    expect(at(readJson('deploy/package.json'), 'devDependencies')).toEqual({ 'ask-cli': '2.30.7' });
    // ask-cli 2.30.7 resolves an antlr4ts it cannot start with; only the root's overrides apply.
    expect(at(root, 'overrides').antlr4ts).toBe('0.5.0-alpha.4');
    const locked = at(readJson('package-lock.json'), 'packages');
    // Hoisted to the root node_modules, so its `ask` is on the PATH of the root's npm scripts.
    expect(at(locked, 'node_modules/ask-cli').version).toBe('2.30.7');
    expect(at(locked, 'node_modules/antlr4ts').version).toBe('0.5.0-alpha.4');
    // Its install scripts only print a telemetry notice or build an optional native module: not run.
    expect(at(root, 'allowScripts')).toMatchObject({ 'ask-cli': false, 'dtrace-provider': false });
    // CI and the tests install without it.
    expect(read('.ci/run')).toMatch(/^npm ci --workspaces=false /m);
  });

  test('the Lambda entry is typed as a Lambda handler', () => {
    expect(read('lambda/src/index.ts')).toMatch(/export const handler: Handler<RequestEnvelope, ResponseEnvelope> = /);
    expect(at(readJson('package.json'), 'devDependencies')['@types/aws-lambda']).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('the skill manifest', () => {
  const publishing = at(manifest, 'publishingInformation');
  const locales = Object.keys(at(publishing, 'locales')).sort();
  const modelsDir = join(ROOT, 'skill-package/interactionModels/custom');
  const modelLocales = readdirSync(modelsDir)
    .filter((file) => extname(file) === '.json')
    .map((file) => basename(file, '.json'))
    .sort();

  test('publishes only locales that have an interaction model, in languages the skill speaks', () => {
    expect(locales.filter((locale) => !modelLocales.includes(locale))).toEqual([]);
    const spoken = Object.keys(LANGUAGE_FILES);
    expect(locales.filter((locale) => !spoken.includes(locale.split('-')[0]!))).toEqual([]);
  });

  test('every language the skill speaks has at least one interaction model', () => {
    const modelled = new Set(modelLocales.map((locale) => locale.split('-')[0]!));
    expect(Object.keys(LANGUAGE_FILES).filter((language) => !modelled.has(language))).toEqual([]);
  });

  test('every interaction model has a store listing in skill.json', () => {
    expect(modelLocales.filter((locale) => !locales.includes(locale))).toEqual([]);
  });

  test('is in Health & Fitness, with every privacy and compliance question answered', () => {
    expect(publishing.category).toBe('HEALTH_AND_FITNESS');
    const privacy = at(manifest, 'privacyAndCompliance');
    for (const answer of ['allowsPurchases', 'usesPersonalInfo', 'isChildDirected', 'isExportCompliant', 'containsAds', 'usesHealthInfo']) {
      expect(typeof privacy[answer]).toBe('boolean');
    }
    expect(privacy).toMatchObject({ allowsPurchases: false, usesPersonalInfo: false, isChildDirected: false, containsAds: false, usesHealthInfo: false });
    // Links are optional without personal information; when given, they are the published
    // docs/privacy.md and docs/terms.md for a listed locale, never a placeholder.
    const links = isObject(privacy.locales) ? privacy.locales : {};
    for (const [locale, pages] of Object.entries(links)) {
      expect(locales).toContain(locale);
      for (const url of Object.values(at(pages))) expect(String(url)).toMatch(/^https:\/\/(?!(www\.)?example\.(com|org|net)\/)[^\s]+$/);
    }
    expect(String(publishing.testingInstructions).length).toBeGreaterThan(0);
    expect(publishing.isAvailableWorldwide === true || asArray(publishing.distributionCountries).length > 0).toBe(true);
  });

  test('names no endpoint ARN of its own: ask deploy fills in the function it created', () => {
    // A placeholder ARN fails the first deploy (the skill's trigger cannot be found);
    // after a deploy, skill.json holds the developer's own function, which is fine locally.
    const custom = at(manifest, 'apis', 'custom');
    const uri = isObject(custom.endpoint) ? String(custom.endpoint.uri) : undefined;
    if (uri !== undefined) expect(uri).not.toMatch(/:000000000000:/);
    if (isObject(manifest.events)) {
      expect(String(at(manifest.events, 'endpoint').uri)).not.toMatch(/:000000000000:/);
      expect(asArray(manifest.events.subscriptions)).toContainEqual({ eventName: 'SKILL_DISABLED' });
    }
  });

  test('declares APL with exactly the viewport profiles the screens are laid out for', () => {
    const interfaces = asArray(at(manifest, 'apis', 'custom').interfaces).map((i) => at(i));
    const apl = interfaces.filter((i) => i.type === 'ALEXA_PRESENTATION_APL');
    expect(apl).toHaveLength(1);
    // Only interfaces the skill answers for: a declared interface a handler ignores fails certification.
    expect(interfaces.map((i) => i.type)).toEqual(['ALEXA_PRESENTATION_APL']);
    const declared = asArray(apl[0]!.supportedViewports).map((v) => at(v));
    const expected = VIEWPORT_PROFILES.map((p) => ({
      mode: p.mode.toUpperCase(),
      shape: p.shape.toUpperCase(),
      minWidth: p.minWidth,
      maxWidth: p.maxWidth,
      minHeight: p.minHeight,
      maxHeight: p.maxHeight,
    }));
    expect(declared).toEqual(expected);
    for (const viewport of declared) {
      expect(['HUB', 'TV']).toContain(viewport.mode);
      expect(Number(viewport.minWidth)).toBeLessThanOrEqual(Number(viewport.maxWidth));
      expect(Number(viewport.minHeight)).toBeLessThanOrEqual(Number(viewport.maxHeight));
    }
    // Each profile's own example device falls inside what it declares.
    for (const profile of VIEWPORT_PROFILES) {
      const { width, height } = profile.example;
      expect([profile.id, width >= profile.minWidth && width <= profile.maxWidth && height >= profile.minHeight && height <= profile.maxHeight]).toEqual([profile.id, true]);
    }
  });

  describe.each(locales)('%s', (locale) => {
    const info = at(publishing, 'locales', locale);
    const resolver = resolverFor(locale, ROOT);
    const language = locale.split('-')[0]!;
    const patterns = invocationPatterns(language, resolver.invocationName);
    const { launch } = patterns;

    test('store texts are within Amazon’s limits and the description carries the medical disclaimer', () => {
      expect(String(info.name).length).toBeLessThanOrEqual(50);
      expect(String(info.summary).length).toBeLessThanOrEqual(160);
      expect(String(info.description).length).toBeLessThanOrEqual(4000);
      expect(asArray(info.keywords).length).toBeLessThanOrEqual(30);
      expect(isLanguage(language)).toBe(true);
      expect(String(info.description)).toMatch(LANGUAGE_ROWS[language as Language].disclaimer);
    });

    test('has its icons, 108 and 512 pixels square PNGs in the skill package, which ask deploy uploads', () => {
      for (const [key, size] of [['smallIconUri', 108], ['largeIconUri', 512]] as const) {
        const uri = String(info[key]);
        expect(uri).toMatch(/^file:\/\/assets\/images\/[\w-]+\.png$/);
        expect(pngSize(join(ROOT, 'skill-package', uri.slice('file://'.length)))).toEqual({ width: size, height: size });
      }
    });

    test('has at most three example phrases, the first opening the skill by its invocation name', () => {
      const phrases = asArray(info.examplePhrases).map(String);
      expect(phrases.length).toBeGreaterThanOrEqual(1);
      expect(phrases.length).toBeLessThanOrEqual(3);
      // The wake word as the language writes it (tests/harness/languages.ts: Arabic listings say أليكسا، Japanese アレクサ、).
      expect(phrases[0]!.startsWith((isLanguage(language) && LANGUAGE_ROWS[language].wake) || 'Alexa, ')).toBe(true);
      expect(launch.test(normalizeUtterance(phrases[0]!))).toBe(true);
      if (locale === 'en-US') expect(phrases[0]).toBe('Alexa, open upper back coach');
    });

    test.each(asArray(info.examplePhrases).map(String))('"%s" resolves through the model', (phrase) => {
      const said = normalizeUtterance(phrase);
      if (launch.test(said)) return;
      const { intent, slots } = resolver.resolveBest(oneShotRequests(patterns, said) ?? [said]);
      expect(intent).not.toBe('AMAZON.FallbackIntent');
      // Every slot the phrase fills must match one of the slot type's values.
      for (const [name, fill] of Object.entries(slots)) expect({ slot: name, id: fill.id }).toEqual({ slot: name, id: expect.any(String) });
    });
  });
});

describe('reminders and Alexa Routines in the manifest', () => {
  const tasksDir = 'skill-package/tasks';
  const locales = Object.keys(at(manifest, 'publishingInformation', 'locales'));

  test('asks for the reminders permission, and only for it', () => {
    expect(asArray(manifest.permissions)).toEqual([{ name: REMINDERS_SCOPE }]);
  });

  test('the deploy subscribes the skill to the events it handles or can ignore safely: disabled, a permission changed, a reminder deleted', () => {
    const subscriptions = asArray(at(readJson('ask-resources.json'), 'profiles', 'default', 'skillInfrastructure', 'userConfig', 'skillEvents').subscriptions);
    expect(subscriptions).toEqual(['SKILL_DISABLED', 'SKILL_PERMISSION_CHANGED', 'REMINDER_DELETED']);
    expect(read('lambda/src/handlers/system.ts')).toMatch(/isRequestType\(input, 'Reminders\.ReminderDeleted'\)/);
  });

  test('declares the StartRoutine task, whose definition is the one file under tasks/, named {TaskName}.{TaskVersion}.json', () => {
    const tasks = asArray(at(manifest, 'apis', 'custom').tasks);
    expect(tasks).toEqual([{ name: START_ROUTINE_TASK.name, version: START_ROUTINE_TASK.version }]);
    expect(readdirSync(join(ROOT, tasksDir))).toEqual([`${START_ROUTINE_TASK.name}.${START_ROUTINE_TASK.version}.json`]);
  });

  test('the task definition follows Amazon\u2019s rules for custom tasks, and its input is a routine the skill has', () => {
    const task = at(readJson(`${tasksDir}/${START_ROUTINE_TASK.name}.${START_ROUTINE_TASK.version}.json`));
    expect(task.openapi).toMatch(/^3\.0\.\d+$/);
    const info = at(task, 'info');
    expect(info.version).toBe(START_ROUTINE_TASK.version);
    // Public, so that the Alexa app offers it among a routine's actions.
    expect(info['x-amzn-alexa-access-scope']).toBe('public');
    // One path, the task's name, with POST only and JSON in and out; only inline references.
    expect(Object.keys(at(task, 'paths'))).toEqual([`/${START_ROUTINE_TASK.name}`]);
    const path = at(task, 'paths', `/${START_ROUTINE_TASK.name}`);
    expect(Object.keys(path).filter((key) => ['get', 'put', 'post', 'delete', 'patch'].includes(key))).toEqual(['post']);
    expect(Object.keys(at(path, 'post', 'requestBody', 'content'))).toEqual(['application/json']);
    for (const match of JSON.stringify(task).matchAll(/"\$ref":"([^"]+)"/g)) expect(match[1]).toMatch(/^#\/components\/schemas\/\w+$/);
    const routine = at(task, 'components', 'schemas', 'Input', 'properties', 'routine');
    expect(routine.enum).toEqual([...ROUTINE_IDS]);
    // A title and a description in every locale the skill is published in.
    const display = at(info, 'x-amzn-display-details');
    expect(Object.keys(display).sort()).toEqual([...locales].sort());
    for (const locale of locales) expect(at(display, locale)).toEqual({ title: expect.any(String), description: expect.any(String) });
  });
});

describe('Amazon\u2019s published types for the Skill Management API (ask-smapi-model)', () => {
  const modelsDir = 'skill-package/interactionModels/custom';
  const packageFiles: TypedJson[] = [
    { name: 'skill-package/skill.json', json: read('skill-package/skill.json'), type: 'skill.Manifest.SkillManifestEnvelope' },
    ...readdirSync(join(ROOT, modelsDir))
      .filter((file) => extname(file) === '.json')
      .map((file) => ({ name: `${modelsDir}/${file}`, json: read(`${modelsDir}/${file}`), type: 'skill.interactionModel.InteractionModelData' })),
  ];
  /** The same check must fail where the package would: each of these has one mistake, and its problem names it. */
  const manifest = JSON.parse(read('skill-package/skill.json')) as { manifest: Json };
  const model = JSON.parse(read(`${modelsDir}/en-US.json`)) as { interactionModel: { languageModel: Json } };
  const broken: (TypedJson & { expected: RegExp })[] = [
    {
      name: 'broken/manifestVersion-at-the-top.json',
      json: JSON.stringify({ manifest: { ...manifest.manifest, manifestVersion: undefined }, manifestVersion: '1.0' }, null, 2),
      type: 'skill.Manifest.SkillManifestEnvelope',
      expected: /'"manifestVersion"' does not exist in type 'SkillManifestEnvelope'/,
    },
    {
      name: 'broken/unknown-permission.json',
      json: JSON.stringify({ manifest: { ...manifest.manifest, permissions: [{ name: 'alexa::alerts:reminder:skill:readwrite' }] } }, null, 2),
      type: 'skill.Manifest.SkillManifestEnvelope',
      expected: /"alexa::alerts:reminder:skill:readwrite"' is not assignable/,
    },
    {
      name: 'broken/model-unknown-field.json',
      json: JSON.stringify({ interactionModel: { languageModel: { ...model.interactionModel.languageModel, invocation: 'upper back coach' } } }, null, 2),
      type: 'skill.interactionModel.InteractionModelData',
      expected: /'"invocation"' does not exist in type 'LanguageModel'/,
    },
  ];

  // One compile for all of them (the declarations are half a megabyte): about 3 s.
  let problems: string[] = [];
  beforeAll(() => {
    problems = smapiTypeProblems([...packageFiles, ...broken]);
  });

  test('skill.json satisfies v1.skill.Manifest.SkillManifestEnvelope and every model v1.skill.interactionModel.InteractionModelData, unknown fields included', () => {
    expect(packageFiles.length).toBeGreaterThan(11);
    expect(problems.filter((problem) => !problem.startsWith('broken/'))).toEqual([]);
  });

  test.each(broken.map((file) => [file.name, file.expected] as const))('the check fails on %s', (name, expected) => {
    const own = problems.filter((problem) => problem.startsWith(`${name}:`));
    expect(own).toHaveLength(1);
    expect(own[0]).toMatch(expected);
  });
});

describe('the deploy documentation', () => {
  test('docs/deploy.md names the files it tells people to use', () => {
    const doc = read('docs/deploy.md');
    for (const path of ['ask-resources.json', TEMPLATE_PATH, dirname(buildScript().outfile)]) expect(doc).toContain(path);
    expect(doc).toContain('antlr4ts');
  });
});
