// The soak's mixed traffic: each kind an autocannon run at its own fixed rate, all for the same slice of time.
import autocannon from 'autocannon';

const DAY = 86_400_000;
let sequence = 0;

/** One autocannon run; resolves to its result (latency percentiles, request counts, errors). */
export function fire(opts) {
  return new Promise((resolve, reject) => autocannon(opts, (err, result) => (err ? reject(err) : resolve(result))));
}

/**
 * The traffic of the soak, as autocannon options without duration and rate: intake (a PWP raising tickets),
 * engagement ingest (the programme's vendor sending batches of new events, each id unique) and report reads
 * (a manager rotating over three reports). Live streams are held open separately.
 */
export function trafficKinds({ base, pwp, serviceId, programmeKey, patientRefs, manager, batchSize }) {
  const json = (token) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
  const to = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 90 * DAY).toISOString().slice(0, 10);
  const window = `from=${from}&to=${to}`;
  return {
    intake: {
      url: `${base}/api/tickets`,
      method: 'POST',
      headers: json(pwp),
      body: JSON.stringify({ kind: 'tech_support', serviceId, title: 'Patient cannot log in', description: 'The password reset e-mail does not arrive', severity: 'medium' }),
    },
    ingest: {
      url: base,
      requests: [
        {
          method: 'POST',
          path: '/api/engagement/events',
          headers: json(programmeKey),
          setupRequest: (req) => ({ ...req, body: JSON.stringify({ events: engagementBatch(patientRefs, batchSize) }) }),
        },
      ],
    },
    reports: {
      url: base,
      headers: json(manager),
      requests: [
        { method: 'GET', path: `/api/reports/overview` },
        { method: 'GET', path: `/api/reports/usability-trends?${window}&interval=week&groupBy=category` },
        { method: 'GET', path: `/api/reports/operations?${window}` },
      ],
    },
  };
}

/** New events (unique ids) for random patients of the service, over the last week. */
function engagementBatch(patientRefs, size) {
  const now = Date.now();
  return Array.from({ length: size }, () => {
    sequence += 1;
    return {
      eventId: `soak-${process.pid}-${sequence}`,
      patientRef: patientRefs[sequence % patientRefs.length],
      occurredAt: new Date(now - (sequence % 7) * DAY - (sequence % 3600) * 1000).toISOString(),
      ...[{ type: 'login' }, { type: 'module_started', moduleId: 'module-1' }, { type: 'mood_rated', value: sequence % 11 }][sequence % 3],
    };
  });
}
