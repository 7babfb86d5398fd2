// What to do when the language server's process dies: restart it and tell the user once; give up
// (and say so) after more than `maxDeaths` deaths within `windowMs`. Pure: the client maps the
// answers to vscode-languageclient's CloseAction and shows the messages.

export type RestartDecision = 'restart-and-tell' | 'restart' | 'give-up';

export class RestartPolicy {
  private readonly deaths: number[] = [];
  private told = false;
  constructor(private readonly maxDeaths = 5, private readonly windowMs = 180_000) {}

  onClosed(now: number): RestartDecision {
    this.deaths.push(now);
    while (this.deaths.length > 0 && now - this.deaths[0] > this.windowMs) this.deaths.shift();
    if (this.deaths.length > this.maxDeaths) return 'give-up';
    if (this.told) return 'restart';
    this.told = true;
    return 'restart-and-tell';
  }
}
