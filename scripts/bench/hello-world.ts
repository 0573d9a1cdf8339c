import { SkillBuilders, getIntentName, getRequestType, type ErrorHandler, type RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

/**
 * The benchmark's baseline: the plain ask-sdk-core hello-world skill (the handlers of
 * Amazon's template, without its i18next interceptor), exported the same way as
 * lambda/src/index.ts so both are called identically. It is bundled by scripts/bench.ts
 * with the same esbuild options as the real skill; it is not part of the skill.
 */

const isIntent = (name: string): RequestHandler['canHandle'] => (input) =>
  getRequestType(input.requestEnvelope) === 'IntentRequest' && getIntentName(input.requestEnvelope) === name;

const LaunchRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle: (input) =>
    input.responseBuilder.speak('Welcome, you can say Hello or Help. Which would you like to try?').reprompt('Say hello.').getResponse(),
};

const HelloWorldIntentHandler: RequestHandler = {
  canHandle: isIntent('HelloWorldIntent'),
  handle: (input) => input.responseBuilder.speak('Hello World!').getResponse(),
};

const HelpIntentHandler: RequestHandler = {
  canHandle: isIntent('AMAZON.HelpIntent'),
  handle: (input) => input.responseBuilder.speak('You can say hello to me! How can I help?').reprompt('Say hello.').getResponse(),
};

const CancelAndStopIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent('AMAZON.CancelIntent')(input) || isIntent('AMAZON.StopIntent')(input),
  handle: (input) => input.responseBuilder.speak('Goodbye!').getResponse(),
};

const FallbackIntentHandler: RequestHandler = {
  canHandle: isIntent('AMAZON.FallbackIntent'),
  handle: (input) => input.responseBuilder.speak("Sorry, I don't know about that. Please try again.").reprompt('Say hello.').getResponse(),
};

const SessionEndedRequestHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle: (input) => input.responseBuilder.getResponse(),
};

const GenericErrorHandler: ErrorHandler = {
  canHandle: () => true,
  handle: (input) => input.responseBuilder.speak('Sorry, I had trouble doing what you asked. Please try again.').getResponse(),
};

const skill = SkillBuilders.custom()
  .addRequestHandlers(
    LaunchRequestHandler,
    HelloWorldIntentHandler,
    HelpIntentHandler,
    CancelAndStopIntentHandler,
    FallbackIntentHandler,
    SessionEndedRequestHandler,
  )
  .addErrorHandlers(GenericErrorHandler)
  .create();

export const handler = (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => skill.invoke(event, context);
