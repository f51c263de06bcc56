// The group conversation timer's face, kept pure so its thresholds are unit-tested without an editor.

export type TimerPhase = 'early' | 'window' | 'over';

export interface TimerFace {
  /** mm:ss, or h:mm:ss past the hour. */
  clock: string;
  minutes: number;
  phase: TimerPhase;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Where a session of `elapsedMs` stands against the guide's window of `min`–`max` minutes. */
export function timerFace(elapsedMs: number, min: number, max: number): TimerFace {
  const total = Math.max(0, Math.floor(elapsedMs / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const clock = h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
  const minutes = total / 60;
  const phase: TimerPhase = minutes < min ? 'early' : minutes <= max ? 'window' : 'over';
  return { clock, minutes: Math.floor(minutes), phase };
}
