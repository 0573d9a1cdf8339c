import { createRequire } from 'node:module';
import { ErrorController, StaticAplTemplateValidator, type IValidationInfo } from 'apl-suggester';

/**
 * APL validation with Amazon's own validator (apl-suggester's StaticAplTemplateValidator),
 * strictly: everything it reports fails, warnings included, since it reports most real
 * mistakes (unknown properties, bad dimensions) as warnings. Its error controller is
 * registered, or a misspelled component type would pass unreported; and our own check of
 * every component, command and graphic type against the APL 1.6 lists catches misspelled
 * commands, which it never checks.
 *
 * apl-suggester fetches imported packages from Amazon's servers through axios; our documents
 * import nothing, and here any such fetch fails loudly instead of reaching the network. The
 * axios stubbed is the copy apl-suggester itself loads (the project's own may be another,
 * or absent when the deploy workspace is not installed).
 */

const axios = createRequire(require.resolve('apl-suggester'))('axios') as { get: (url: string) => Promise<unknown> };
axios.get = async (url: string) => {
  throw new Error(`apl-suggester tried the network (${url}): the document must import nothing`);
};

const reported: { code: string; level: string; placeholders: unknown }[] = [];
const controller = ErrorController.getInstance();
controller.registerErrors();
controller.setErrorInterface({
  sendError(error) {
    const placeholders = 'placeholders' in error ? error.placeholders : undefined;
    reported.push({ code: error.code, level: error.level, placeholders: JSON.parse(JSON.stringify(placeholders ?? {})) });
  },
});
const validator = new StaticAplTemplateValidator();

const describe = (info: IValidationInfo): string => `${info.level} ${info.path}: ${info.errorMessage}`;

/** Everything Amazon's validator has to say about a document and its data sources; empty when clean. */
export async function validateWithSuggester(document: object, datasources?: Record<string, unknown>): Promise<string[]> {
  reported.length = 0;
  controller.clearExistingWarn();
  // It tells the console about components it has no parent rules for ("No mixin for component"); that is not a finding.
  const warn = console.warn;
  console.warn = () => undefined;
  let problems: string[];
  try {
    problems = (await validator.validate(document)).map(describe);
    if (datasources) problems.push(...(await validator.validateDataSources(datasources)).map(describe));
  } finally {
    console.warn = warn;
  }
  problems.push(...reported.map((r) => `${r.level} ${r.code} ${JSON.stringify(r.placeholders)}`));
  return problems;
}

/** Components of APL 1.6. */
export const APL_COMPONENTS = ['Container', 'EditText', 'Frame', 'GridSequence', 'Image', 'Pager', 'ScrollView', 'Sequence', 'Text', 'TouchWrapper', 'VectorGraphic', 'Video'];

/** Standard commands of APL 1.6. */
export const APL_COMMANDS = [
  'AnimateItem',
  'AutoPage',
  'ClearFocus',
  'ControlMedia',
  'Finish',
  'Idle',
  'OpenURL',
  'Parallel',
  'PlayMedia',
  'Reinflate',
  'Scroll',
  'ScrollToComponent',
  'ScrollToIndex',
  'Select',
  'SendEvent',
  'Sequential',
  'SetFocus',
  'SetPage',
  'SetState',
  'SetValue',
  'SpeakItem',
  'SpeakList',
];

const AVG_ITEMS = ['path', 'group', 'text'];

const COMPONENT_KEYS = ['items', 'item', 'firstItem', 'lastItem'];
const COMMAND_KEYS = ['onMount', 'onPress', 'onDown', 'onUp', 'onMove', 'onCancel', 'onFocus', 'onBlur', 'onScroll', 'onPageChanged', 'onChildrenChanged', 'onLayout', 'onSpeechMark', 'onConfigChange', 'onDisplayStateChange', 'commands', 'then', 'otherwise', 'catch', 'finally'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/**
 * Every component, command and graphic type in a document (or a list of commands sent with
 * ExecuteCommands) that APL 1.6 does not have and the document does not define. Also every
 * SendEvent's arguments, so a test can say exactly what a touch sends.
 */
export function checkTypes(document: Json, extraCommands: readonly unknown[] = []): { unknown: string[]; sendEvents: unknown[][] } {
  const layouts = Object.keys(isObject(document.layouts) ? document.layouts : {});
  const userCommands = isObject(document.commands) ? document.commands : {};
  const components = new Set([...APL_COMPONENTS, ...layouts]);
  const commands = new Set([...APL_COMMANDS, ...Object.keys(userCommands)]);
  const unknown: string[] = [];
  const sendEvents: unknown[][] = [];

  const visitCommand = (command: unknown, path: string): void => {
    if (!isObject(command)) return void unknown.push(`${path}: not a command`);
    const type = String(command.type);
    if (!commands.has(type)) unknown.push(`${path}: command ${type}`);
    if (type === 'SendEvent') sendEvents.push(asList(command.arguments));
    for (const key of COMMAND_KEYS) asList(command[key]).forEach((c, i) => visitCommand(c, `${path}/${key}/${i}`));
  };
  const visitComponent = (component: unknown, path: string): void => {
    if (!isObject(component)) return void unknown.push(`${path}: not a component`);
    const type = String(component.type);
    if (!components.has(type)) unknown.push(`${path}: component ${type}`);
    for (const key of COMPONENT_KEYS) asList(component[key]).forEach((c, i) => visitComponent(c, `${path}/${key}/${i}`));
    for (const key of COMMAND_KEYS) if (key !== 'commands') asList(component[key]).forEach((c, i) => visitCommand(c, `${path}/${key}/${i}`));
  };
  const visitGraphicItem = (item: unknown, path: string): void => {
    if (!isObject(item) || !AVG_ITEMS.includes(String(item.type))) return void unknown.push(`${path}: graphic item ${isObject(item) ? String(item.type) : typeof item}`);
    asList(item.items).forEach((child, i) => visitGraphicItem(child, `${path}/items/${i}`));
  };

  const template = isObject(document.mainTemplate) ? document.mainTemplate : {};
  asList(template.items ?? template.item).forEach((c, i) => visitComponent(c, `/mainTemplate/items/${i}`));
  for (const [name, layout] of Object.entries(isObject(document.layouts) ? document.layouts : {})) {
    if (isObject(layout)) asList(layout.items ?? layout.item).forEach((c, i) => visitComponent(c, `/layouts/${name}/items/${i}`));
  }
  for (const [name, definition] of Object.entries(userCommands)) {
    if (isObject(definition)) asList(definition.commands ?? definition.command).forEach((c, i) => visitCommand(c, `/commands/${name}/${i}`));
  }
  asList(document.onMount).forEach((c, i) => visitCommand(c, `/onMount/${i}`));
  for (const [name, graphic] of Object.entries(isObject(document.graphics) ? document.graphics : {})) {
    if (!isObject(graphic) || graphic.type !== 'AVG') unknown.push(`/graphics/${name}: not an AVG graphic`);
    else asList(graphic.items).forEach((item, i) => visitGraphicItem(item, `/graphics/${name}/items/${i}`));
  }
  extraCommands.forEach((c, i) => visitCommand(c, `/executeCommands/${i}`));
  return { unknown, sendEvents };
}

/**
 * A document as the validator sees it: its pictures, and the forms of the commands its
 * timeline uses. Documents that differ only in timing (delays, countdown values, how many
 * frames and ticks) are the same document to it, so each form need be validated once.
 */
export function documentForm(document: Json): string {
  const root = ((document.mainTemplate as { items?: Json[] } | undefined)?.items ?? [])[0] ?? {};
  const forms = new Set<string>();
  const visit = (command: Json): void => {
    const { commands, ...rest } = command;
    forms.add(JSON.stringify(rest).replace(/-?\d+(\.\d+)?/g, '0'));
    if (Array.isArray(commands)) (commands as Json[]).forEach(visit);
  };
  ((root.onMount ?? []) as Json[]).forEach(visit);
  const { graphics, mainTemplate: _template, ...layout } = document;
  return JSON.stringify([Object.keys((graphics ?? {}) as Json).sort(), [...forms], JSON.stringify(layout).length]);
}

/** The shape of a data source: its keys and the types of its values, arrays by their first item. */
export function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? [shapeOf(value[0])] : [];
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v)]));
  return typeof value;
}

const validated = new Set<string>();

/**
 * What is wrong with an APL directive a response carries: a RenderDocument's document and
 * data source through Amazon's validator (each form and data shape once per test file, see
 * documentForm) and our type check (every time); an ExecuteCommands' commands against the
 * document they run in (`document`, the one on screen).
 */
export async function directiveProblems(directive: Json, document: Json): Promise<string[]> {
  if (directive.type === 'Alexa.Presentation.APL.ExecuteCommands') {
    return checkTypes(document, asList(directive.commands)).unknown;
  }
  if (directive.type !== 'Alexa.Presentation.APL.RenderDocument') return [`unknown directive ${String(directive.type)}`];
  const rendered = directive.document as Json;
  const datasources = directive.datasources as Record<string, unknown>;
  const problems = checkTypes(rendered).unknown;
  if (rendered.import !== undefined) problems.push('the document imports packages');
  const key = JSON.stringify([documentForm(rendered), shapeOf(datasources)]);
  if (!validated.has(key)) {
    validated.add(key);
    problems.push(...(await validateWithSuggester(rendered, datasources)));
  }
  return problems;
}
