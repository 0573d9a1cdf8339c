import { readFileSync, readdirSync } from 'node:fs';
import type { HandlerInput } from 'ask-sdk-core';
import { REQUEST_HANDLERS, firstThatCanHandle } from '../../lambda/src/skill';
import { FallbackHandler } from '../../lambda/src/handlers/fallback';
import { SilentRequestHandler } from '../../lambda/src/handlers/system';
import type { InteractionModel } from '../../scripts/lib/resolver';

const model = JSON.parse(readFileSync('skill-package/interactionModels/custom/en-US.json', 'utf8')) as InteractionModel;
const modelIntents = model.interactionModel.languageModel.intents.map((i) => i.name);

function inputFor(intent: string): HandlerInput {
  return {
    requestEnvelope: { request: { type: 'IntentRequest', intent: { name: intent } } },
  } as unknown as HandlerInput;
}

/** The first handler in registry order that takes the intent, as the skill picks it (firstThatCanHandle). */
function handlerFor(intent: string) {
  return REQUEST_HANDLERS.find((h) => h.canHandle(inputFor(intent)));
}

const catchAll = new Set([FallbackHandler, SilentRequestHandler]);

describe('model and handlers agree', () => {
  test.each(modelIntents.filter((i) => i !== 'AMAZON.FallbackIntent'))('%s has its own handler', (intent) => {
    const handler = handlerFor(intent);
    expect(handler).toBeDefined();
    expect(catchAll.has(handler!)).toBe(false);
  });

  test('AMAZON.FallbackIntent reaches the fallback handler', () => {
    expect(handlerFor('AMAZON.FallbackIntent')).toBe(FallbackHandler);
  });

  test('every intent a handler answers is in the model', () => {
    const known = ['StartRoutineIntent', 'ListRoutinesIntent', 'SetVerbosityIntent', 'SafetyQuestionIntent', 'ReportSymptomIntent'];
    const amazon = modelIntents.filter((i) => i.startsWith('AMAZON.'));
    const candidates = [...known, ...amazon, 'AMAZON.ScrollUpIntent', 'MadeUpIntent'];
    for (const intent of candidates) {
      const handler = handlerFor(intent);
      if (handler && !catchAll.has(handler)) expect(modelIntents).toContain(intent);
    }
    // Handlers are matched on intent names in their source; each must appear in the model.
    for (const file of readdirSync('lambda/src/handlers')) {
      const source = readFileSync(`lambda/src/handlers/${file}`, 'utf8');
      for (const match of source.matchAll(/'((?:AMAZON\.)?[A-Z][A-Za-z]+Intent)'/g)) expect(modelIntents).toContain(match[1]);
    }
  });
});

describe('the registry as the SDK sees it', () => {
  const said = (name: string, can: (input: HandlerInput) => boolean) => ({ canHandle: can, handle: () => ({ outputSpeech: { type: 'PlainText' as const, text: name } }) });
  const input = inputFor('AMAZON.HelpIntent');

  test('the first handler in order that can handle the request answers it, and no later one is asked', async () => {
    const asked: string[] = [];
    const ask = (name: string, can: boolean) => said(name, () => (asked.push(name), can));
    const router = firstThatCanHandle([ask('no', false), ask('first', true), ask('second', true)]);
    expect(router.canHandle(input)).toBe(true);
    expect(await router.handle(input)).toEqual({ outputSpeech: { type: 'PlainText', text: 'first' } });
    expect(asked).toEqual(['no', 'first']);
  });

  test('a request no handler takes is an error, for the error handler to answer', () => {
    expect(() => firstThatCanHandle([said('no', () => false)]).handle(input)).toThrow('No handler can handle the request');
  });
});
