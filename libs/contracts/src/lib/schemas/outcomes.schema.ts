import { z } from 'zod';
import { THEMES, TICKET_CATEGORIES } from '../tickets';
import { isoDate, isoDateTime } from './common.schema';
import { PatientCountSchema, reportWindowShape } from './reports.schema';

const obj = z.strictObject;

export const OutcomeFigureSchema = obj({
  current: z.number().nullable(),
  previous: z.number().nullable(),
  currentBase: PatientCountSchema.meta({ description: 'The number of items the current value is computed over (tickets, sessions, requests…), suppressed when small' }),
  previousBase: PatientCountSchema,
  suppressed: z.boolean().meta({ description: 'True when either value is hidden because its base is 1–4' }),
  betterWhen: z.enum(['up', 'down']),
}).meta({ id: 'OutcomeFigure', description: 'One figure in the period and the one before it; null when there is nothing to compute, or it is suppressed' });

const headline = obj({ text: z.string(), trend: z.enum(['better', 'worse', 'same', 'unknown']) });
const briefOpening = {
  openedBeforeSession: OutcomeFigureSchema.meta({ description: '% of face-to-face sessions held in the period whose brief was opened before the session started' }),
  medianMinutesBefore: OutcomeFigureSchema,
};
const moduleFigure = obj({ moduleId: z.string(), title: z.string(), figure: OutcomeFigureSchema });

export const OutcomesReportSchema = obj({
  ...reportWindowShape,
  previous: obj({ from: isoDate(), to: isoDate() }).meta({ description: 'The period before: same length, ending the day before from' }),
  functionality: obj({
    headline,
    resolvedBeforeNextSession: OutcomeFigureSchema,
    disruptedTherapy: OutcomeFigureSchema,
    medianResolutionMinutesByTheme: z.array(obj({ theme: z.enum(THEMES), figure: OutcomeFigureSchema })),
    fixabilityByMonth: z.array(obj({ month: z.string(), fixable: z.int(), notFixable: z.int() })),
  }),
  time: obj({
    headline,
    ...briefOpening,
    byService: z.array(obj({ serviceId: z.guid(), serviceName: z.string(), ...briefOpening })),
    byPwp: z.array(obj({ pwpId: z.guid(), pwpName: z.string(), ...briefOpening })).nullable().meta({ description: 'Per PWP: navigators only (managers get null)' }),
  }),
  flexibility: obj({
    headline,
    medianHoursToDecision: OutcomeFigureSchema,
    approvedShare: OutcomeFigureSchema,
    appliedShare: OutcomeFigureSchema,
    topAskedAway: z.array(obj({ moduleId: z.string(), title: z.string(), requests: PatientCountSchema })),
    dropOutByModule: z.array(obj({ moduleId: z.string(), title: z.string(), tailored: OutcomeFigureSchema, notTailored: OutcomeFigureSchema })),
  }),
  confidence: obj({
    headline,
    meanChangeByModule: z.array(moduleFigure),
    howDoIPerPwpMonth: obj({ before: z.number().nullable(), after: z.number().nullable(), pwps: PatientCountSchema, suppressed: z.boolean() }),
  }),
}).meta({ id: 'OutcomesReport', description: 'The study’s four barriers, this period against the one before (docs/report-definitions.md, Outcomes)' });

export const VendorPackReportSchema = obj({
  ...reportWindowShape,
  problems: z.array(
    obj({
      problem: z.string().meta({ description: 'The incidents’ masked title, or "Other not-fixable tickets: <category>"' }),
      incidentIds: z.array(z.guid()),
      services: z.int(),
      category: z.enum(TICKET_CATEGORIES).nullable(),
      theme: z.enum(THEMES).nullable(),
      tickets: z.int(),
      firstSeenAt: isoDateTime(),
      lastSeenAt: isoDateTime(),
      appVersions: z.array(z.string()),
      examples: z.array(z.string()).meta({ description: 'Up to three masked descriptions, newest first, each at most 240 characters' }),
    }),
  ),
  askedAway: z.array(obj({ moduleId: z.string(), title: z.string(), skip: PatientCountSchema, replace: PatientCountSchema, requests: PatientCountSchema, reasons: z.array(z.string()) })),
  notificationBurden: z.array(
    obj({ month: z.string(), changesApplied: PatientCountSchema, withQuietHours: PatientCountSchema, remindersOff: PatientCountSchema, burdenFlagsRaised: PatientCountSchema, burdenFlagsCleared: PatientCountSchema }),
  ),
}).meta({ id: 'VendorPackReport', description: 'The feedback pack for the programme’s vendor: masked text only, counts of patients suppressed' });
