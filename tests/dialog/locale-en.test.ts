import { Conversation } from '../harness/conversation';

const ENGLISH = [
  ['en-US', 'Call 911 now', 'physical therapist'],
  ['en-CA', 'Call 911 now', 'physiotherapist'],
  ['en-GB', 'Call nine nine nine now', 'physiotherapist'],
  ['en-AU', 'Call triple zero now', 'physiotherapist'],
  ['en-IN', 'Call one one two now', 'physiotherapist'],
] as const;

describe.each(ENGLISH)('in %s', (locale, emergency, therapist) => {
  test('launch, a routine, a safety question and stop, in the local English', async () => {
    const user = new Conversation({ locale });
    expect((await user.says('open upper back coach')).speech).toMatch(/^Welcome to Upper Back Coach\./);
    expect((await user.says('start the desk break')).speech).toMatch(/^Let's do the desk break, about \d minutes\./);
    expect((await user.after(25).says('should someone else crack my back')).speech).toContain(`like a ${therapist}`);
    expect((await user.says('stop')).ended).toBe(true);
  });

  test('an emergency names the local emergency number', async () => {
    const user = new Conversation({ locale });
    await user.says('ask upper back coach to start the desk break');
    const reply = await user.after(8).says('i have chest pain');
    expect(reply.speech).toContain(emergency);
    expect(reply.ended).toBe(true);
  });
});

test('a locale the skill does not speak falls back to English instead of failing', async () => {
  const japanese = new Conversation({ locale: 'ja-JP' });
  const fallback = await japanese.send({ type: 'LaunchRequest' });
  expect(fallback.speech).toMatch(/^Welcome to Upper Back Coach/);
});
