import {
  TRAINING_LIMITS,
  TrainingFormat,
  TrainingSessionMode,
} from '@navdesk/contracts';

export const TRAINING_FORMAT_LABELS: Record<TrainingFormat, string> = {
  workshop: 'Workshop',
  e_learning: 'E-learning',
  video: 'Video',
  guide: 'Guide',
};

export const TRAINING_MODE_LABELS: Record<TrainingSessionMode, string> = {
  online: 'Online',
  in_person: 'In person',
};

/** 1 to 10: the choices of a confidence rating. */
export const CONFIDENCE_SCALE: readonly number[] = Array.from(
  {
    length: TRAINING_LIMITS.confidenceMax - TRAINING_LIMITS.confidenceMin + 1,
  },
  (_, i) => TRAINING_LIMITS.confidenceMin + i,
);

/** A confidence change with its sign: "+3", "0", "−2". */
export function signedChange(change: number): string {
  const rounded = Math.round(change * 10) / 10;
  if (rounded > 0) return `+${rounded}`;
  if (rounded < 0) return `−${Math.abs(rounded)}`;
  return '0';
}

/** "45 min", "1 h", "1 h 30 min". */
export function durationWords(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "Online", "In person, Room 4", "Online, https://…" */
export function sessionPlace(session: {
  mode: TrainingSessionMode;
  location: string | null;
}): string {
  const mode = TRAINING_MODE_LABELS[session.mode];
  return session.location ? `${mode}, ${session.location}` : mode;
}
