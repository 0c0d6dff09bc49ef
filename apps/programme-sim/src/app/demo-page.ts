import type { PasswordResetReceipt, ProgrammeAccount, ProgrammeFaults } from '@navdesk/contracts';

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const when = (iso: string | null): string => (iso ? new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/London' }) : 'never');

/**
 * The simulator's one page, for demos: play the patient who received a reset link (log in), and
 * take the programme down or bring it back. Plain HTML forms; no script.
 */
export function renderDemoPage(accounts: (ProgrammeAccount & { resets: PasswordResetReceipt[] })[], faults: ProgrammeFaults): string {
  const rows = accounts
    .map((a) => {
      const last = a.resets[a.resets.length - 1];
      return `<tr><td>${escape(a.patientRef)}</td><td>${a.resets.length} (last by ${escape(last?.channel ?? '')}, ${escape(when(last?.sentAt ?? null))})</td><td>${escape(when(a.lastLoginAt))}</td>
        <td><form method="post" action="/play/login"><input type="hidden" name="ref" value="${escape(a.patientRef)}"><button>Log in as ${escape(a.patientRef)}</button></form></td></tr>`;
    })
    .join('\n');
  const state = faults.down ? 'down (every call answered 503)' : faults.errorRate > 0 ? `failing ${Math.round(faults.errorRate * 100)}% of calls` : 'up';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Programme simulator</title>
<style>body{font:16px system-ui,sans-serif;margin:2rem;max-width:60rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.4rem;text-align:left}form{display:inline}button{font:inherit;padding:.3rem .8rem}</style>
</head><body>
<h1>Digital programme simulator</h1>
<p>A stand-in for the programme's admin API, for the demo. Navdesk asks it to send log-in resets; here you play the patient.</p>
<h2>Patients sent a reset link</h2>
${accounts.length ? `<table><thead><tr><th>Patient</th><th>Links sent</th><th>Last log-in</th><th></th></tr></thead><tbody>${rows}</tbody></table>` : '<p>None yet. Ask for a reset from a patient’s page in Navdesk, then reload.</p>'}
<form method="post" action="/play/login"><p><label>Any patient ref <input name="ref" pattern="P-[A-Z0-9]{4,12}" required placeholder="P-7QK2M9"></label> <button>Log in as this patient</button></p></form>
<h2>The programme is ${escape(state)}</h2>
<form method="post" action="/play/faults"><input type="hidden" name="down" value="true"><button>Take it down</button></form>
<form method="post" action="/play/faults"><input type="hidden" name="down" value="false"><button>Bring it back</button></form>
</body></html>`;
}
