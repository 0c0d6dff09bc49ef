import { InvitationResult } from '@navdesk/contracts';

/** "3 PWPs invited; 1 already invited; 1 already booked." */
export function invitationWords(result: InvitationResult): string {
  const parts = [
    `${result.invited} ${result.invited === 1 ? 'PWP' : 'PWPs'} invited`,
  ];
  if (result.alreadyInvited > 0) {
    parts.push(`${result.alreadyInvited} already invited`);
  }
  if (result.alreadyBooked > 0) {
    parts.push(`${result.alreadyBooked} already booked`);
  }
  return `${parts.join('; ')}.`;
}
