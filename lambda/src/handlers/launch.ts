import type { RequestHandler } from 'ask-sdk-core';
import { offerMenu, offerResume } from '../coach/offers';
import { isReturningUser } from '../coach/progress';
import { Speech } from '../speech/ssml';
import { getTurnContext } from '../voice/context';
import { respond } from '../voice/respond';
import { isRequestType } from '../voice/slots';

/** "Alexa, open upper back coach": a welcome, then either the unfinished routine or the menu. */
export const LaunchHandler: RequestHandler = {
  canHandle: (input) => isRequestType(input, 'LaunchRequest'),
  handle: (input) => {
    const turn = getTurnContext(input);
    const { t, progress } = turn;
    const returning = isReturningUser(progress);
    const lead = new Speech().say(t.text(returning ? 'welcome.returning' : 'welcome.new'));
    // The first-use note belongs after the welcome, not before it.
    if (!progress.disclaimerHeard) lead.say(t.text('disclaimer'));
    const unfinished = progress.unfinished;
    const reply = unfinished ? offerResume(turn, unfinished, lead) : offerMenu(turn, lead, returning);
    return respond(input, { ...reply, progress: { ...reply.progress, disclaimerHeard: true } });
  },
};
