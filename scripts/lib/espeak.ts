import { spawn, spawnSync } from 'node:child_process';

/**
 * Speaking SSML aloud through espeak-ng (which honours <break>), for `npm start --speak`.
 * It tells the user once when espeak-ng is missing or cannot reach a sound device.
 */
export class EspeakVoice {
  private readonly binary = process.env.ESPEAK_NG?.trim() || 'espeak-ng';
  private working: boolean;

  constructor(
    wanted: boolean,
    private readonly locale: string,
  ) {
    this.working = wanted && spawnSync(this.binary, ['--version'], { stdio: 'ignore' }).status === 0;
    if (wanted && !this.working) {
      console.error(
        `--speak: espeak-ng is not installed (could not run "${this.binary}"). Install it with ` +
          '"sudo apt-get install espeak-ng" (or set ESPEAK_NG to its path). Printing only.',
      );
    }
  }

  get speaking(): boolean {
    return this.working;
  }

  /** espeak-ng voices are named by language, with en-us and en-gb for the two Englishes. */
  private voice(): string {
    const lower = this.locale.toLowerCase();
    return lower === 'en-us' || lower === 'en-gb' ? lower : (lower.split('-')[0] ?? 'en');
  }

  /** Speaks SSML; resolves when done or cut short. */
  speak(ssml: string, signal: AbortSignal): Promise<void> {
    if (!this.working || !ssml || signal.aborted) return Promise.resolve();
    return new Promise((done) => {
      const child = spawn(this.binary, ['-v', this.voice(), '-m', ssml], { stdio: ['ignore', 'ignore', 'pipe'] });
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      const stop = () => child.kill();
      signal.addEventListener('abort', stop, { once: true });
      child.on('error', () => undefined); // reported through 'close' with a non-zero code
      child.on('close', (code, signalName) => {
        signal.removeEventListener('abort', stop);
        // With no sound device espeak-ng still exits 0, after printing ALSA errors.
        if (!signalName && (code !== 0 || /error/i.test(errors))) {
          this.working = false;
          const said = errors.split('\n').filter((line) => /error/i.test(line)).pop()?.trim() ?? `exit code ${code}`;
          console.error(`--speak: espeak-ng ran but could not play sound (${said}); is there an audio device? Printing only from now on.`);
        }
        done();
      });
    });
  }
}
