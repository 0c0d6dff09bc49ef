import type { TrainingTopic } from './training';

/**
 * Which training topic a PWP's "how do I…" question belongs to. The title says most about what was
 * asked, so it is tried first, then the description, then the ticket's category.
 */
const TOPIC_PATTERNS: readonly { topic: TrainingTopic; patterns: readonly RegExp[] }[] = [
  { topic: 'tailoring', patterns: [/\b(?:skip|tailor(?:ing)?|replace|swap)\b/i, /\bnot (?:appropriate|suitable|right) for\b/i, /\bco-?morbid/i, /\banxiety\b/i] },
  { topic: 'choosing_modules', patterns: [/\b(?:assign|choose|choosing|pick|select|recommend)\b.{0,30}\bmodules?\b/i, /\bwhich modules?\b.{0,30}\b(?:should|to (?:start|choose|use|recommend))/i, /\bmodule (?:order|choice)\b/i] },
  { topic: 'reading_engagement', patterns: [/\bprogress\b/i, /\bmood\b/i, /\b(?:diary|chart|graph|dashboard|engagement)\b/i, /\bcompleted\b/i, /\bbrief\b/i] },
  { topic: 'notifications', patterns: [/\bnotifications?\b/i, /\breminders?\b/i, /\bquiet hours\b/i] },
  { topic: 'troubleshooting_access', patterns: [/\b(?:log ?-?in|sign ?-?in|password|locked|reset)\b/i, /\b(?:install|download|update)\b.{0,20}\bapp\b/i, /\bapp\b.{0,20}\b(?:install|download|update)\b/i] },
  { topic: 'onboarding_patients', patterns: [/\b(?:introduce|explain|set up|sign up|register|onboard(?:ing)?|get(?:ting)? (?:started|going))\b/i, /\bnew patients?\b/i, /\bfirst (?:session|log ?-?in)\b/i] },
  { topic: 'programme_basics', patterns: [/\bmy role\b/i, /\bwhat am i (?:meant|supposed)\b/i, /\bblended\b/i, /\bonline (?:programme|sessions?)\b/i, /\bprogramme\b/i] },
];

const CATEGORY_TOPIC: Record<string, TrainingTopic> = {
  login_access: 'troubleshooting_access',
  app_crash: 'troubleshooting_access',
  notifications: 'notifications',
  module_content: 'choosing_modules',
  data_sync: 'reading_engagement',
  accessibility: 'onboarding_patients',
  other: 'programme_basics',
};

function firstMatch(text: string): TrainingTopic | null {
  for (const { topic, patterns } of TOPIC_PATTERNS) if (patterns.some((p) => p.test(text))) return topic;
  return null;
}

export interface QuestionInput {
  title: string;
  description: string;
  category: string | null;
}

export function topicOfQuestion(q: QuestionInput): TrainingTopic {
  return firstMatch(q.title) ?? firstMatch(q.description) ?? CATEGORY_TOPIC[q.category ?? 'other'] ?? 'programme_basics';
}
